/**
 * The OpenAPI description of the usage API (usage.routes.ts): the usage views, the admin center export import and
 * the jobs it (and a settings change) starts. Shapes follow contracts.ts (UsageResponse, JobResponse,
 * RollupRebuildJobResponse); the query parameters' choices come from the same lists the route checks against.
 */
import { USAGE_CALL_KINDS } from '../usage/pstn-call';
import { USAGE_GROUP_BYS } from '../usage/usage-aggregate';
import { MAX_RANGE_MONTHS, USAGE_PRESETS } from '../usage/usage-range';
import { IDEMPOTENCY_CONFLICT, REPLAYED, body, conflict, date, dateTime, described, error, money, nullableDateTime, ok, operation, queryParameter, ref } from './openapi.kit';

const JOB_STATUSES = ['queued', 'running', 'succeeded', 'failed'];

/** What the usage job and the roll-up rebuild job have in common (contracts.ts JobBaseJson). */
const jobBase = {
  id: { type: 'string', format: 'uuid' },
  status: { type: 'string', enum: JOB_STATUSES },
  createdAt: dateTime,
  updatedAt: dateTime,
  error: { type: 'string', nullable: true, description: 'A code when the job failed.' },
  errorMessage: { type: 'string', nullable: true, description: 'The error, localized from Accept-Language.' },
};
const JOB_REQUIRED = ['id', 'kind', 'status', 'createdAt', 'updatedAt', 'progress', 'result', 'error', 'errorMessage'];

export const usageSchemas = {
  UsageFigures: {
    type: 'object',
    required: ['calls', 'seconds', 'minutes', 'charge', 'connectionCharge', 'total', 'creditCharge'],
    properties: {
      calls: { type: 'integer' },
      seconds: { type: 'integer' },
      minutes: { type: 'number', description: 'seconds / 60, two decimals.' },
      charge: money,
      connectionCharge: money,
      total: described(money, 'charge + connectionCharge: what the calls cost.'),
      creditCharge: described(money, 'The part that draws on Communications Credits (not Direct Routing, not FREECALL).'),
    },
  },
  UsageGroup: {
    type: 'object',
    required: ['key', 'figures'],
    properties: {
      key: { type: 'string', nullable: true, description: 'A date, month, call kind, country, number type, organizer id or conference id; null = unknown or unattributed.' },
      figures: ref('UsageFigures'),
      organizer: {
        type: 'object',
        properties: {
          id: { type: 'string', nullable: true },
          userPrincipalName: { type: 'string', nullable: true },
          displayName: { type: 'string', nullable: true },
          attribution: { type: 'string', enum: ['direct', 'via-conference', 'none', 'erased', 'mixed'], description: 'The organizer of a dial-in is uncertain.' },
        },
      },
      firstCallAt: dateTime,
      lastCallAt: dateTime,
    },
  },
  Usage: {
    type: 'object',
    required: ['range', 'timeZone', 'currency', 'scope', 'groupBy', 'filters', 'ignoredFilters', 'totals', 'groups', 'rest', 'groupCount', 'otherCurrencies', 'monthToDate', 'data'],
    properties: {
      range: { type: 'object', properties: { from: date, to: date, preset: { type: 'string', nullable: true, enum: [...USAGE_PRESETS, null] } } },
      timeZone: { type: 'string' },
      currency: { type: 'string', pattern: '^[A-Z]{3}$' },
      scope: { type: 'string', enum: ['tenant', 'own'], description: 'own: an organizer’s own rows only.' },
      groupBy: { type: 'string', enum: [...USAGE_GROUP_BYS] },
      filters: {
        type: 'object',
        properties: {
          callKind: { type: 'array', items: { type: 'string', enum: [...USAGE_CALL_KINDS] } },
          country: { type: 'array', items: { type: 'string' } },
          organizer: { type: 'string', nullable: true },
          ppmOnly: { type: 'boolean' },
        },
      },
      ignoredFilters: { type: 'array', items: { type: 'string' }, description: 'Filters the grouping cannot apply (conference totals ignore callKind, country and ppmOnly).' },
      totals: ref('UsageFigures'),
      groups: { type: 'array', items: ref('UsageGroup'), description: 'Days and months in order, zeros included; other groupings by cost, top N.' },
      rest: { nullable: true, allOf: [ref('UsageFigures')], description: 'The groups past the top N, summed; null when none were cut.' },
      groupCount: { type: 'integer' },
      otherCurrencies: {
        type: 'array',
        description: 'Rows in other currencies are never added to the tenant’s; they are listed here.',
        items: { type: 'object', properties: { currency: { type: 'string' }, figures: ref('UsageFigures') } },
      },
      monthToDate: { type: 'object', properties: { from: date, to: date, figures: ref('UsageFigures') } },
      data: {
        type: 'object',
        description: 'Usage lags 24 to 48 hours.',
        properties: { lastSyncAt: nullableDateTime, newestCallAt: nullableDateTime, lastError: { type: 'string', nullable: true }, lastErrorAt: nullableDateTime },
      },
    },
  },
  UsageImportRequest: {
    type: 'object',
    required: ['contentBase64'],
    additionalProperties: false,
    properties: {
      fileName: { type: 'string', maxLength: 260 },
      contentBase64: { type: 'string', minLength: 1, format: 'byte', description: 'The admin center PSTN usage export, the zip or the CSV, base64-encoded.' },
    },
  },
  UsageImportJob: {
    type: 'object',
    required: JOB_REQUIRED,
    properties: {
      ...jobBase,
      kind: { type: 'string', enum: ['usage-import'] },
      progress: {
        type: 'object',
        nullable: true,
        properties: {
          phase: { type: 'string', enum: ['validating', 'waiting', 'writing', 'rolling-up', 'done'] },
          rowsTotal: { type: 'integer', nullable: true },
          rowsValidated: { type: 'integer' },
          rowsWritten: { type: 'integer' },
          daysTotal: { type: 'integer', nullable: true, description: 'While rolling up: the days whose totals are recalculated.' },
          daysDone: { type: 'integer' },
        },
      },
      result: {
        type: 'object',
        nullable: true,
        description: 'A file with any error imports nothing.',
        properties: {
          fileName: { type: 'string', nullable: true },
          rowsInFile: { type: 'integer' },
          rowsAdded: { type: 'integer' },
          rowsAlreadyPresent: { type: 'integer' },
          crossSourceDuplicates: { type: 'integer' },
          daysRecomputed: { type: 'integer' },
          firstCallAt: nullableDateTime,
          lastCallAt: nullableDateTime,
          errors: {
            type: 'array',
            maxItems: 100,
            description: 'At most 100; errorCount counts them all.',
            items: {
              type: 'object',
              properties: {
                line: { type: 'integer', description: '1-based line of the CSV where the record starts (0: the file as a whole).' },
                reason: { type: 'string' },
                field: { type: 'string' },
                message: { type: 'string', description: 'Localized.' },
              },
            },
          },
          errorCount: { type: 'integer' },
        },
      },
    },
  },
  RollupRebuildJob: {
    type: 'object',
    required: JOB_REQUIRED,
    description: 'The roll-up rebuild a time-zone or source-of-truth change starts (PUT /api/v1/settings).',
    properties: {
      ...jobBase,
      kind: { type: 'string', enum: ['rollup-rebuild'] },
      progress: { type: 'object', nullable: true, properties: { phase: { type: 'string', enum: ['queued', 'rebuilding', 'done'] }, startedAt: nullableDateTime, daysTotal: { type: 'integer', nullable: true }, daysDone: { type: 'integer' } } },
      result: {
        type: 'object',
        nullable: true,
        properties: {
          reason: { type: 'object', description: '{timeZone?: {from, to}, usageSourceOfTruth?: {from, to}}: what changed.' },
          daysRecomputed: { type: 'integer' },
          cells: { type: 'integer' },
          conferences: { type: 'integer' },
          finishedAt: dateTime,
        },
      },
    },
  },
  Job: {
    oneOf: [ref('UsageImportJob'), ref('RollupRebuildJob')],
    discriminator: { propertyName: 'kind', mapping: { 'usage-import': '#/components/schemas/UsageImportJob', 'rollup-rebuild': '#/components/schemas/RollupRebuildJob' } },
  },
};

const csvList = (items: readonly string[]) => ({ type: 'string', description: `Comma list of: ${items.join(', ')}.` });

export const usagePaths = {
  '/api/v1/usage': {
    get: operation({
      summary: 'Usage totals and minutes by day, month, call kind, country, number type, organizer or conference',
      description: 'Admins and readers see the tenant’s usage (optionally one organizer’s); an organizer sees only their own rows. Read from the roll-ups; usage lags 24 to 48 hours.',
      access: 'user',
      parameters: [
        queryParameter('preset', { type: 'string', enum: [...USAGE_PRESETS] }, 'A range relative to today in the tenant’s time zone. Default (no preset, from or to): this month.'),
        queryParameter('from', date, `First day, inclusive, in the tenant’s time zone; ranges span at most ${MAX_RANGE_MONTHS} calendar months.`),
        queryParameter('to', date, 'Last day, inclusive.'),
        queryParameter('groupBy', { type: 'string', enum: [...USAGE_GROUP_BYS], default: 'day' }, 'How the groups are made.'),
        queryParameter('callKind', csvList(USAGE_CALL_KINDS), 'Only these call kinds.'),
        queryParameter('country', { type: 'string' }, 'Comma list of ISO 3166 alpha-2 countries.'),
        queryParameter('organizer', { type: 'string', format: 'uuid' }, 'One organizer’s rows; an organizer may name only themselves.'),
        queryParameter('top', { type: 'integer', minimum: 1, maximum: 100, default: 10 }, 'Groups kept for callKind/country/organizer/numberType/conference; the rest is summed.'),
        queryParameter('ppmOnly', { type: 'string', enum: ['true', 'false'], default: 'false' }, 'Only pay-per-minute conference calls.'),
      ],
      responses: {
        '200': ok('The figures, with the range, filters and data freshness they rest on.', ref('Usage')),
        '400': error(
          'details.problems: groupBy unknown, callKind unknown, country not-iso-alpha-2, organizer not-a-user-id, top out-of-range, ppmOnly not-boolean, or range invalid-date / from-after-to / range-too-long / unknown-preset.',
        ),
        '403': error('The tenant is not served, or an organizer asked for another organizer’s usage.'),
      },
    }),
  },
  '/api/v1/imports/usage': {
    post: operation({
      summary: 'Import a Teams admin center PSTN usage export',
      description: 'Starts a background job and answers 202 at once; poll GET /api/v1/jobs/{id}. The upload and the job’s outcome are audited.',
      access: 'admin',
      write: true,
      requestBody: body(ref('UsageImportRequest'), 'The export’s CSV itself (UTF-8).'),
      responses: {
        '202': ok('The import job, queued (a replay answers the first job again and imports nothing twice).', ref('UsageImportJob'), {
          Location: { $ref: '#/components/headers/Location' },
          ...REPLAYED,
        }),
        '400': error('details.problems: Idempotency-Key header-required, a body of the wrong shape (invalid), contentBase64 not-base64 or empty.'),
        '409': conflict(IDEMPOTENCY_CONFLICT, true),
      },
    }),
  },
  '/api/v1/jobs/{id}': {
    get: operation({
      summary: 'A job’s progress and result: a usage import or a roll-up rebuild',
      access: 'user',
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string', format: 'uuid' }, description: 'The job id.' }],
      responses: {
        '200': ok('The job; its kind tells its progress and result apart.', ref('Job')),
        '404': error('No such job in the caller’s tenant, an id that is not a GUID, or (organizers) a job someone else started.'),
      },
    }),
  },
};
