/**
 * The OpenAPI description of the tenant settings (settings.routes.ts) and the audit (settings-audit.routes.ts).
 * Shapes follow contracts.ts and settings/settings-types.ts. PUT /settings is idempotent (settings-idempotency.ts):
 * a replay carries the first answer's status and headers.
 */
import { MAX_AUDIT_RANGE_DAYS } from '../settings/audit-query';
import {
  ETAG,
  IDEMPOTENCY_CONFLICT,
  REPLAYED,
  TENANT_NOT_SET_UP,
  body,
  conflict,
  date,
  dateTime,
  described,
  error,
  json,
  nullableRef,
  ok,
  operation,
  queryParameter,
  ref,
} from './openapi.kit';

const decimal = { type: 'string', nullable: true, description: 'An exact decimal, not negative, up to 6 places, in the tenant’s currency; null turns it off.' };

export const settingsSchemas = {
  TenantSettings: {
    type: 'object',
    additionalProperties: false,
    required: [
      'country', 'timeZone', 'currency', 'billingModel', 'durationRounding', 'chargeRounding', 'usCaDomestic', 'highCostPerMinute',
      'lowBalanceMinutes', 'monthlyBudget', 'alerts', 'usageSourceOfTruth', 'admins',
    ],
    properties: {
      country: { type: 'string', description: 'ISO 3166 alpha-2: the organization’s location.' },
      timeZone: { type: 'string', description: 'IANA time zone: "today", month-to-date, expiry and roll-up dates.' },
      currency: { type: 'string', description: 'ISO 4217: every rate, threshold and balance of the tenant.' },
      billingModel: { type: 'string', enum: ['prepaid', 'postpaid'] },
      durationRounding: { type: 'string', enum: ['per-started-minute', 'per-second'] },
      chargeRounding: { type: 'string', enum: ['per-call', 'per-line'] },
      usCaDomestic: { type: 'boolean', description: 'US↔Canada meeting dial-out counts as domestic.' },
      highCostPerMinute: { ...decimal, description: 'A per-minute rate above this warns before dial-out; null turns the check off.' },
      lowBalanceMinutes: { type: 'integer', minimum: 0, maximum: 100000 },
      monthlyBudget: { ...decimal, description: 'Postpaid: the monthly budget; null when none.' },
      alerts: {
        type: 'object',
        additionalProperties: false,
        required: ['lowBalance', 'runOutWithinDays', 'spendSpikeFactor', 'lotsExpiringWithinDays'],
        properties: {
          lowBalance: decimal,
          runOutWithinDays: { type: 'integer', minimum: 1, maximum: 365 },
          spendSpikeFactor: { type: 'number', minimum: 1.1, maximum: 100 },
          lotsExpiringWithinDays: { type: 'integer', minimum: 1, maximum: 365 },
        },
      },
      usageSourceOfTruth: { type: 'string', enum: ['graph', 'export'] },
      admins: { type: 'array', maxItems: 100, items: { type: 'string', maxLength: 256 }, description: 'The allow-list: object ids (GET), object ids or UPNs (PUT).' },
    },
  },
  Settings: {
    type: 'object',
    required: ['settings', 'etag', 'tenantName', 'admins', 'choices'],
    properties: {
      settings: ref('TenantSettings'),
      etag: { type: 'string', description: 'The same value as the ETag header: send it back as If-Match.' },
      tenantName: { type: 'string' },
      admins: {
        type: 'array',
        items: {
          type: 'object',
          properties: {
            id: { type: 'string' },
            displayName: { type: 'string', nullable: true },
            userPrincipalName: { type: 'string', nullable: true },
            fromConfig: { type: 'boolean', description: 'In ADMIN_OBJECT_IDS: the deployment’s own list, which Settings cannot change.' },
          },
        },
      },
      choices: {
        type: 'object',
        description: 'The lists the server validates against.',
        properties: { countries: { type: 'array', items: { type: 'string' } }, currencies: { type: 'array', items: { type: 'string' } }, timeZones: { type: 'array', items: { type: 'string' } } },
      },
    },
  },
  SettingsUpdate: {
    allOf: [
      ref('Settings'),
      {
        type: 'object',
        required: ['changed', 'rebuildJob'],
        properties: {
          changed: { type: 'boolean', description: 'False when the request changed nothing (nothing was saved or audited).' },
          rebuildJob: { ...nullableRef('RollupRebuildJob'), description: 'The roll-up rebuild a time-zone or source-of-truth change started; poll GET /api/v1/jobs/{id}.' },
        },
      },
    ],
  },
  SettingsConflictError: {
    type: 'object',
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        required: ['code', 'message', 'details'],
        properties: {
          code: { type: 'string', enum: ['preconditionFailed'] },
          message: { type: 'string' },
          details: {
            type: 'object',
            required: ['current', 'lastChange'],
            properties: {
              current: described(ref('Settings'), 'The version someone else saved.'),
              lastChange: {
                type: 'object',
                nullable: true,
                description: 'Who saved it, when the audit says.',
                properties: { at: dateTime, by: { type: 'object', properties: { id: { type: 'string' }, displayName: { type: 'string', nullable: true } } } },
              },
            },
          },
        },
      },
    },
  },
  AuditEntry: {
    type: 'object',
    required: ['id', 'at', 'actor', 'action', 'target', 'before', 'after'],
    properties: {
      id: { type: 'string' },
      at: dateTime,
      actor: {
        type: 'object',
        nullable: true,
        properties: { id: { type: 'string' }, displayName: { type: 'string', nullable: true }, userPrincipalName: { type: 'string', nullable: true } },
      },
      action: { type: 'string', description: "'settings.update', 'policy.global.set', 'policies.import', 'rates.replace', 'ledger.append', …" },
      target: { type: 'string' },
      before: { description: 'What the change replaced (any JSON).' },
      after: { description: 'What the change wrote (any JSON).' },
    },
  },
  AuditPage: {
    type: 'object',
    required: ['from', 'to', 'timeZone', 'page', 'pageSize', 'total', 'entries'],
    properties: {
      from: date,
      to: date,
      timeZone: { type: 'string' },
      page: { type: 'integer' },
      pageSize: { type: 'integer' },
      total: { type: 'integer' },
      entries: { type: 'array', items: ref('AuditEntry'), description: 'Newest first.' },
    },
  },
};


const auditRange = [
  queryParameter('from', date, `First day, inclusive, in the tenant’s time zone; default 29 days before to; at most ${MAX_AUDIT_RANGE_DAYS} days before to.`),
  queryParameter('to', date, 'Last day, inclusive; default today.'),
];
const AUDIT_400 = 'details.problems: from or to not-a-date, from after-to, or from range-too-long';

export const settingsPaths = {
  '/api/v1/settings': {
    get: operation({
      summary: 'The editable tenant settings, the admins with their names and the choices the form offers',
      access: 'reader',
      responses: { '200': ok('The settings and their version (also the ETag header).', ref('Settings'), ETAG), '404': TENANT_NOT_SET_UP },
    }),
    put: operation({
      summary: 'Save the tenant settings',
      description:
        'If-Match names the version edited: when someone else saved first the answer is 412 with their version. A change of time zone or usage source of truth answers with the roll-up rebuild job (rebuildJob). Audited.',
      access: 'admin',
      write: true,
      ifMatch: true,
      requestBody: body(ref('TenantSettings')),
      responses: {
        '200': ok('Saved (or nothing changed: changed false); the new version in ETag.', ref('SettingsUpdate'), { ...ETAG, ...REPLAYED }),
        '400': error(
          'details.problems: the If-Match or Idempotency-Key header (header-required), a field of the wrong shape (invalid), or a value the settings refuse (unknown-country, unknown-time-zone, unknown-currency, invalid-amount, must-be-positive, out-of-range, unknown-user, not-a-user, too-many, cannot-remove-yourself).',
        ),
        '404': TENANT_NOT_SET_UP,
        '409': conflict(IDEMPOTENCY_CONFLICT, true),
        '412': { description: 'If-Match is not the current version: someone else saved first (or it is not one of ours).', content: json(ref('SettingsConflictError')) },
      },
    }),
  },
  '/api/v1/audit': {
    get: operation({
      summary: 'Every change in a range of days, newest first, a page at a time',
      access: 'reader',
      parameters: [
        ...auditRange,
        queryParameter('page', { type: 'integer', minimum: 1, maximum: 100000, default: 1 }, '1-based.'),
        queryParameter('pageSize', { type: 'integer', minimum: 1, maximum: 200, default: 50 }, 'Entries per page.'),
      ],
      responses: {
        '200': ok('One page of the audit.', ref('AuditPage')),
        '400': error(`${AUDIT_400}, or page or pageSize out-of-range.`),
        '404': TENANT_NOT_SET_UP,
      },
    }),
  },
  '/api/v1/audit.csv': {
    get: operation({
      summary: 'Every change in a range of days as CSV',
      access: 'reader',
      parameters: auditRange,
      responses: {
        '200': {
          description: 'UTF-8 with a byte order mark, formula-injection-safe cells, localized column names; an attachment (Content-Disposition).',
          headers: { 'Content-Disposition': { description: 'attachment; filename="ppm-audit-{from}-{to}.csv"', schema: { type: 'string' } } },
          content: { 'text/csv': { schema: { type: 'string' } } },
        },
        '400': error(`${AUDIT_400}.`),
        '404': TENANT_NOT_SET_UP,
      },
    }),
  },
};
