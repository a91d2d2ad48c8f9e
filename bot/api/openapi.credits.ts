/**
 * The OpenAPI description of the credits API (credits.routes.ts): the labelled balance estimate and the ledger
 * admins record. Shapes follow contracts.ts (CreditsResponse, LedgerEntryJson, NewLedgerEntryRequest).
 */
import { REPLAYED, TENANT_NOT_SET_UP, body, conflict, dateTime, described, error, money, nullableDateTime, nullableRef, ok, operation, ref } from './openapi.kit';

const moneyRule = { type: 'object', nullable: true, required: ['trigger', 'amount'], properties: { trigger: money, amount: money }, description: 'null: auto-recharge turned off.' };
const LEDGER_KINDS = ['snapshot', 'purchase', 'autoRechargeRule', 'reversal'];

/** The fields of each kind of entry; what a request sends and what the ledger answers share them. */
const entryFields = {
  kind: { type: 'string', enum: LEDGER_KINDS },
  asOf: { ...dateTime, description: 'snapshot: when the balance was read in the Microsoft 365 admin center.' },
  balance: described(money, 'snapshot: the balance read.'),
  purchasedAt: { ...dateTime, description: 'purchase.' },
  amount: described(money, 'purchase: funds added.'),
  origin: { type: 'string', enum: ['manual', 'auto-recharge'], description: 'purchase; default manual.' },
  effectiveFrom: { ...dateTime, description: 'autoRechargeRule: the rule in force from then.' },
  rule: moneyRule,
  reverses: { type: 'string', pattern: '^le-[0-9a-f]{32}$', description: 'reversal: the entry it cancels (a reversal of a reversal restores it).' },
};

const projectedDate = {
  type: 'object',
  required: ['kind', 'historyDays'],
  description: "{kind:'date', date} | {kind:'not-within-horizon', horizonDays} | {kind:'not-applicable', why}; historyDays is the run-rate's history.",
  properties: {
    kind: { type: 'string', enum: ['date', 'not-within-horizon', 'not-applicable'] },
    date: { type: 'string', format: 'date' },
    horizonDays: { type: 'integer' },
    why: { type: 'string', enum: ['no-balance', 'no-history', 'no-auto-recharge'] },
    historyDays: { type: 'integer' },
  },
};

export const creditsSchemas = {
  NewLedgerEntry: {
    type: 'object',
    required: ['kind'],
    additionalProperties: false,
    description:
      'One ledger entry, by kind: snapshot {asOf, balance}; purchase {purchasedAt, amount, origin?}; autoRechargeRule {effectiveFrom, rule}; reversal {reverses}. Only the fields of its kind are allowed; amounts are in the tenant’s currency.',
    properties: entryFields,
  },
  LedgerEntry: {
    type: 'object',
    required: ['id', 'kind', 'recordedAt', 'recordedBy', 'reversed'],
    properties: {
      id: { type: 'string' },
      recordedAt: dateTime,
      recordedBy: { type: 'string', nullable: true },
      reversed: { type: 'boolean', description: 'A later reversal cancels this entry.' },
      ...entryFields,
    },
  },
  LedgerEntryResult: {
    type: 'object',
    required: ['entry', 'created'],
    properties: { entry: ref('LedgerEntry'), created: { type: 'boolean', description: 'False when the Idempotency-Key replayed an entry recorded before.' } },
  },
  LedgerEntries: {
    type: 'object',
    required: ['entries'],
    properties: { entries: { type: 'array', items: ref('LedgerEntry'), description: 'Oldest first.' } },
  },
  CreditLot: {
    type: 'object',
    properties: {
      id: { type: 'string' },
      origin: { type: 'string', enum: ['purchase', 'implied-recharge', 'snapshot-unattributed'] },
      acquiredAt: nullableDateTime,
      expiresAt: nullableDateTime,
      original: money,
      remaining: money,
      provisional: { type: 'boolean', description: 'Implied recharges are provisional until an admin records the purchase or a new snapshot.' },
    },
  },
  CreditEstimate: {
    type: 'object',
    required: ['kind', 'at'],
    description: "{kind:'estimate', label:'estimate', balance, basis} — never a read balance: no Microsoft API exposes it — or {kind:'no-snapshot', remedy}.",
    properties: {
      kind: { type: 'string', enum: ['estimate', 'no-snapshot'] },
      label: { type: 'string', enum: ['estimate'] },
      balance: money,
      at: dateTime,
      basis: { type: 'object', description: 'The snapshot, charges, purchases, forfeits and implied recharges the estimate rests on, each with its count and total.' },
      remedy: { type: 'object', properties: { code: { type: 'string' }, fixedBy: { type: 'string', nullable: true } } },
    },
  },
  Credits: {
    type: 'object',
    required: ['billingModel', 'currency', 'timeZone', 'today', 'asOf', 'data', 'estimate', 'lots', 'lotsExpiring', 'autoRecharge', 'budget', 'forecast', 'alerts'],
    properties: {
      billingModel: { type: 'string', enum: ['prepaid', 'postpaid'] },
      currency: { type: 'string', pattern: '^[A-Z]{3}$' },
      timeZone: { type: 'string' },
      today: { type: 'string', format: 'date', description: 'Today in the tenant’s time zone.' },
      asOf: { ...dateTime, description: 'When these figures were computed.' },
      data: {
        type: 'object',
        description: 'Usage data lags 24 to 48 hours.',
        properties: {
          lastSyncAt: nullableDateTime,
          newestCallAt: nullableDateTime,
          lagHours: { type: 'integer', nullable: true },
          lastError: { type: 'string', nullable: true },
          lastErrorAt: nullableDateTime,
        },
      },
      estimate: { ...nullableRef('CreditEstimate'), description: 'Prepaid only; null for postpaid tenants.' },
      lots: { type: 'array', items: ref('CreditLot') },
      lotsExpiring: { type: 'object', properties: { withinDays: { type: 'integer' }, lotIds: { type: 'array', items: { type: 'string' } }, total: money } },
      autoRecharge: {
        type: 'object',
        nullable: true,
        properties: { trigger: money, amount: money, effectiveFrom: dateTime, entryId: { type: 'string' } },
      },
      budget: {
        type: 'object',
        nullable: true,
        description: 'Postpaid only: month-to-date spend against the monthly budget.',
        properties: {
          from: { type: 'string', format: 'date' },
          to: { type: 'string', format: 'date' },
          spend: money,
          chargesCounted: { type: 'integer' },
          budget: nullableRef('MoneyJson'),
          remaining: nullableRef('MoneyJson'),
          budgetUsedBasisPoints: { type: 'integer', nullable: true, description: '10000 = 100%.' },
          projectedMonthEnd: money,
        },
      },
      forecast: {
        type: 'object',
        properties: {
          history: { type: 'object', properties: { from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' } } },
          runRate: {
            type: 'object',
            properties: {
              kind: { type: 'string', enum: ['flat', 'weekday-aware', 'no-history'] },
              perDay: money,
              window: { type: 'object', properties: { from: { type: 'string', format: 'date' }, to: { type: 'string', format: 'date' } } },
              historyDays: { type: 'integer' },
            },
          },
          runOut: projectedDate,
          nextAutoRecharge: projectedDate,
          monthEnd: {
            type: 'object',
            properties: {
              month: { type: 'string' },
              actual: money,
              actualDays: { type: 'integer' },
              projected: money,
              projectedDays: { type: 'integer' },
              total: money,
              historyDays: { type: 'integer' },
            },
          },
          spendSpike: {
            type: 'object',
            description: "{kind:'spike'|'normal', day, spend, baseline, baselineDays, factor} or {kind:'unknown', why}.",
            properties: { kind: { type: 'string', enum: ['spike', 'normal', 'unknown'] } },
          },
        },
      },
      alerts: {
        type: 'array',
        description: 'Alert episodes open now.',
        items: {
          type: 'object',
          properties: {
            kind: { type: 'string', enum: ['lowBalance', 'runOutSoon', 'spendSpike', 'lotsExpiring'] },
            openedAt: dateTime,
            facts: { type: 'object' },
          },
        },
      },
    },
  },
};

export const creditsPaths = {
  '/api/v1/credits': {
    get: operation({
      summary: 'The Communications Credits balance estimate, forecast and open alerts, each figure with what it rests on',
      access: 'reader',
      responses: { '200': ok('The labelled estimate and the figures beside it.', ref('Credits')), '404': TENANT_NOT_SET_UP },
    }),
  },
  '/api/v1/credits/entries': {
    get: operation({
      summary: 'The credits ledger, oldest first',
      access: 'reader',
      responses: { '200': ok('Every entry, reversed ones marked.', ref('LedgerEntries')) },
    }),
    post: operation({
      summary: 'Record a balance snapshot, a purchase, an auto-recharge rule or a reversal',
      access: 'admin',
      write: true,
      requestBody: body(ref('NewLedgerEntry')),
      responses: {
        '201': ok('Recorded now (created: true).', ref('LedgerEntryResult')),
        '200': ok('The Idempotency-Key was already used for this same entry: the first entry, created: false.', ref('LedgerEntryResult'), REPLAYED),
        '400': error(
          'details.problems: the Idempotency-Key header (header-required), a field of the wrong shape (invalid), or a rule the entry breaks (currency-differs-from-tenant, in-the-future, not-positive, negative, unknown-entry).',
        ),
        '404': TENANT_NOT_SET_UP,
        '409': conflict('The Idempotency-Key was used for another entry (used-for-another-entry).'),
      },
    }),
  },
};
