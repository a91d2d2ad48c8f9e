/**
 * The OpenAPI description of the CSV uploads an admin previews, then applies: the rate card (settings-rates.routes.ts)
 * and the per-user dial-out policies (settings-policies.routes.ts), with GET /rates, GET /policies and the global
 * policy beside them. A preview changes nothing; applying sends the same CSV with the preview's fingerprint.
 */
import { RATE_CARD_COLUMNS } from '../billing/rates/rate-card-csv';
import { MAX_POLICY_ROWS } from '../settings/policy-csv';
import { MAX_CSV_BODY_BYTES } from './routes/settings-csv';
import { IDEMPOTENCY_CONFLICT, REPLAYED, TENANT_NOT_SET_UP, body, conflict, date, dateTime, error, money, ok, operation, ref } from './openapi.kit';

const POLICY_SOURCES = ['default', 'seed', 'admin', 'import'];
const RATE_CALL_KINDS = ['dial-in-toll', 'dial-in-toll-free', 'dial-out'];
const oneOrOther = (name: string) => ({ oneOf: [ref(`${name}Errors`), ref(`${name}Diff`)], description: 'ok tells them apart.' });
const lineErrors = {
  type: 'object',
  required: ['ok', 'errors'],
  properties: { ok: { type: 'boolean', enum: [false] }, errors: { type: 'array', items: ref('CsvLineError') } },
};
const MIB = Math.round(MAX_CSV_BODY_BYTES / (1024 * 1024));

const RATE_CSV = `The rate card CSV: ${RATE_CARD_COLUMNS.join(',')} (number_type may be left out), e.g. copied from Microsoft’s pay-per-minute workbook.`;
const POLICY_CSV = `A Get-CsOnlineUser export with the columns UserPrincipalName,OnlineDialOutPolicy (at most ${MAX_POLICY_ROWS} rows); an empty policy means Global.`;
const CSV_PREVIEW_400 = error('details.problems: an empty body (body empty) or a JSON body of the wrong shape (invalid).');
const CSV_APPLY_400 = error('details.problems: Idempotency-Key header-required or a body of the wrong shape (invalid); or details.errors: the CSV’s line errors.');
const CSV_APPLY_409 = conflict(`${IDEMPOTENCY_CONFLICT} Or the CSV no longer matches the fingerprint (fingerprint preview-outdated): preview again.`, true);

export const csvUploadSchemas = {
  CsvUpload: {
    type: 'object',
    required: ['csv'],
    additionalProperties: false,
    properties: { csv: { type: 'string', minLength: 1 }, fileName: { type: 'string', maxLength: 260 } },
  },
  CsvApply: {
    type: 'object',
    required: ['csv', 'fingerprint'],
    additionalProperties: false,
    description: 'The CSV previewed and the preview’s fingerprint (409 preview-outdated when they no longer match).',
    properties: { csv: { type: 'string', minLength: 1 }, fileName: { type: 'string', maxLength: 260 }, fingerprint: { type: 'string', pattern: '^[0-9a-f]{64}$' } },
  },
  Rate: {
    type: 'object',
    properties: {
      callKind: { type: 'string', enum: RATE_CALL_KINDS },
      country: { type: 'string', description: 'ISO 3166 alpha-2.' },
      numberType: { type: 'string', nullable: true, description: 'null: every number type of the country.' },
      effectiveFrom: date,
      perMinute: money,
      connectionFee: money,
    },
  },
  LearnedRate: {
    type: 'object',
    description: 'Σ charge / Σ billed minutes of the tenant’s own PPM calls, with what it rests on.',
    properties: {
      callKind: { type: 'string', enum: RATE_CALL_KINDS },
      country: { type: 'string' },
      numberType: { type: 'string', nullable: true },
      perMinute: money,
      connectionFee: money,
      sampleCalls: { type: 'integer' },
      billedMinutes: { type: 'number' },
      from: date,
      to: date,
    },
  },
  Rates: {
    type: 'object',
    required: ['currency', 'card', 'learned', 'learnedMinCalls'],
    properties: {
      currency: { type: 'string' },
      card: {
        type: 'object',
        nullable: true,
        description: 'null when no card was uploaded; source demo marks made-up demo prices.',
        properties: { source: { type: 'string', enum: ['admin', 'demo'] }, entries: { type: 'array', items: ref('Rate') }, csv: { type: 'string', description: 'The card as CSV.' } },
      },
      learned: { type: 'array', items: ref('LearnedRate') },
      learnedMinCalls: { type: 'integer', description: 'A learned rate needs at least this many calls.' },
    },
  },
  RatePreviewErrors: lineErrors,
  RatePreviewDiff: {
    type: 'object',
    required: ['ok', 'fingerprint', 'currency', 'entries', 'added', 'changed', 'removed', 'unchanged'],
    properties: {
      ok: { type: 'boolean', enum: [true] },
      fingerprint: { type: 'string', description: 'Send it with the same CSV to POST /api/v1/rates/apply.' },
      currency: { type: 'string' },
      entries: { type: 'integer' },
      added: { type: 'array', items: ref('Rate') },
      changed: { type: 'array', items: { type: 'object', properties: { before: ref('Rate'), after: ref('Rate') } } },
      removed: { type: 'array', items: ref('Rate') },
      unchanged: { type: 'integer' },
    },
  },
  RatePreview: oneOrOther('RatePreview'),
  RateApplied: {
    type: 'object',
    required: ['appliedAt', 'entries', 'added', 'changed', 'removed'],
    properties: { appliedAt: dateTime, entries: { type: 'integer' }, added: { type: 'integer' }, changed: { type: 'integer' }, removed: { type: 'integer' } },
  },
  GlobalPolicy: {
    type: 'object',
    required: ['name', 'source', 'setAt', 'setBy'],
    properties: { name: { type: 'string' }, source: { type: 'string', enum: POLICY_SOURCES }, setAt: dateTime, setBy: { type: 'string', nullable: true } },
  },
  Policies: {
    type: 'object',
    required: ['global', 'presets', 'assignments'],
    properties: {
      global: ref('GlobalPolicy'),
      presets: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            name: { type: 'string', description: 'As Grant-CsDialoutPolicy takes it, without "tag:".' },
            meetingDialOut: { type: 'string', enum: ['InternationalAndDomestic', 'DomesticOnly', 'ZoneA', 'Disabled'] },
            userPstn: { type: 'string', enum: ['InternationalAndDomestic', 'DomesticOnly', 'Disabled'] },
          },
        },
      },
      assignments: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            userId: { type: 'string' },
            userPrincipalName: { type: 'string', nullable: true },
            displayName: { type: 'string', nullable: true },
            policyName: { type: 'string', description: 'A preset name, or "Global" for a user explicitly reset to the global policy.' },
            source: { type: 'string', enum: POLICY_SOURCES },
            assignedAt: dateTime,
          },
        },
      },
    },
  },
  GlobalPolicyRequest: {
    type: 'object',
    required: ['policyName'],
    additionalProperties: false,
    properties: { policyName: { type: 'string', minLength: 1, maxLength: 100, description: 'One of the presets of GET /api/v1/policies.' } },
  },
  GlobalPolicyResult: { type: 'object', required: ['global'], properties: { global: ref('GlobalPolicy') } },
  PolicyImportRow: {
    type: 'object',
    properties: {
      line: { type: 'integer' },
      userPrincipalName: { type: 'string' },
      userId: { type: 'string' },
      displayName: { type: 'string' },
      policyName: { type: 'string' },
      current: {
        type: 'object',
        nullable: true,
        properties: { policyName: { type: 'string' }, source: { type: 'string', enum: POLICY_SOURCES }, assignedAt: dateTime },
      },
      change: { type: 'string', enum: ['new', 'changed', 'unchanged'] },
    },
  },
  PolicyPreviewErrors: lineErrors,
  PolicyPreviewDiff: {
    type: 'object',
    required: ['ok', 'fingerprint', 'rows', 'counts'],
    properties: {
      ok: { type: 'boolean', enum: [true] },
      fingerprint: { type: 'string', description: 'Send it with the same CSV to POST /api/v1/policies/apply.' },
      rows: { type: 'array', items: ref('PolicyImportRow') },
      counts: { type: 'object', properties: { new: { type: 'integer' }, changed: { type: 'integer' }, unchanged: { type: 'integer' } } },
    },
  },
  PolicyPreview: oneOrOther('PolicyPreview'),
  PoliciesApplied: {
    type: 'object',
    required: ['importedAt', 'assignments', 'changed'],
    properties: { importedAt: dateTime, assignments: { type: 'integer' }, changed: { type: 'integer' } },
  },
};

export const csvUploadPaths = {
  '/api/v1/rates': {
    get: operation({
      summary: 'The admin’s rate card and the rates learned from the tenant’s own calls',
      access: 'reader',
      responses: { '200': ok('The card (null when none) beside the learned rates.', ref('Rates')), '404': TENANT_NOT_SET_UP },
    }),
  },
  '/api/v1/rates/preview': {
    post: operation({
      summary: 'Check a rate card CSV: its line errors, or what applying it would change',
      description: `Changes nothing. The body is JSON {csv} or the CSV itself as text/csv, up to ${MIB} MiB.`,
      access: 'admin',
      requestBody: body(ref('CsvUpload'), RATE_CSV),
      responses: {
        '200': ok('ok false with every bad line, or ok true with the diff and the fingerprint to apply it.', ref('RatePreview')),
        '400': CSV_PREVIEW_400,
        '404': TENANT_NOT_SET_UP,
      },
    }),
  },
  '/api/v1/rates/apply': {
    post: operation({
      summary: 'Replace the rate card with the CSV previewed',
      description: 'JSON only: the same CSV and the preview’s fingerprint. All or nothing; audited.',
      access: 'admin',
      write: true,
      requestBody: body(ref('CsvApply')),
      responses: {
        '200': ok('The card was replaced.', ref('RateApplied'), REPLAYED),
        '400': CSV_APPLY_400,
        '404': TENANT_NOT_SET_UP,
        '409': CSV_APPLY_409,
      },
    }),
  },
  '/api/v1/policies': {
    get: operation({
      summary: 'The global dial-out policy, the presets and the per-user assignments',
      access: 'reader',
      responses: { '200': ok('The policies.', ref('Policies')), '404': TENANT_NOT_SET_UP },
    }),
  },
  '/api/v1/settings/global-policy': {
    put: operation({
      summary: 'Set the tenant’s global dial-out policy to one of the presets',
      description: 'Stored with source admin and the date; audited.',
      access: 'admin',
      write: true,
      requestBody: body(ref('GlobalPolicyRequest')),
      responses: {
        '200': ok('The global policy now.', ref('GlobalPolicyResult'), REPLAYED),
        '400': error('details.problems: Idempotency-Key header-required, or policyName invalid or unknown-policy.'),
        '404': TENANT_NOT_SET_UP,
        '409': conflict(IDEMPOTENCY_CONFLICT, true),
      },
    }),
  },
  '/api/v1/policies/preview': {
    post: operation({
      summary: 'Check a per-user dial-out policy export: its line errors (unknown people and policies too), or each row’s change',
      description: `Changes nothing. The body is JSON {csv} or the CSV itself as text/csv, up to ${MIB} MiB.`,
      access: 'admin',
      requestBody: body(ref('CsvUpload'), POLICY_CSV),
      responses: {
        '200': ok('ok false with every bad line, or ok true with each row’s change and the fingerprint to apply it.', ref('PolicyPreview')),
        '400': CSV_PREVIEW_400,
      },
    }),
  },
  '/api/v1/policies/apply': {
    post: operation({
      summary: 'Store every row of the export previewed as a per-user assignment',
      description: 'JSON only: the same CSV and the preview’s fingerprint. Each row is stored with source import and this date; audited.',
      access: 'admin',
      write: true,
      requestBody: body(ref('CsvApply')),
      responses: {
        '200': ok('The assignments were stored.', ref('PoliciesApplied'), REPLAYED),
        '400': CSV_APPLY_400,
        '409': CSV_APPLY_409,
      },
    }),
  },
};
