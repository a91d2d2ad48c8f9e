/**
 * Request and response types of the tab's REST API (/api/v1/*). The tab imports these as types only.
 * Money travels as MoneyJson (a decimal string and a currency), never as a float.
 */
import type { WithMoneyJson } from './answer-json';
import type { DialOutAnswer, EligibilityAnswer, EstimateAnswer } from '../conversation/answer-model';
import type { UsageImportProgress, UsageImportResult } from '../usage/usage-import-service';
import type { RollupRebuildProgressJson, RollupRebuildResultJson, SettingsChoicesJson, TenantSettingsJson } from '../settings/settings-types';

export type Mode = 'local' | 'azure';

/** One error format for the whole API: { error: { code, message } }, message localized. */
export interface ApiErrorBody {
  error: { code: string; message: string; details?: unknown };
}

/** GET /api/v1/config — public, no token: what the tab needs before it can sign in. */
export interface PublicConfigResponse {
  mode: Mode;
  version: string;
  /** Entra app (client) id for teams-js SSO in azure mode. */
  appClientId?: string;
}

export type UserRole = 'admin' | 'reader' | 'organizer';

/** GET /api/v1/me — who the caller is, in which tenant, and what they may see. */
export interface MeResponse {
  tenantId: string;
  tenantName: string;
  userId: string;
  displayName: string;
  userPrincipalName?: string;
  /** Strongest role: admin > reader > organizer. */
  role: UserRole;
  locale?: string;
  mode: Mode;
  currency: string;
  timeZone: string;
}

// ---- Credits: GET /api/v1/credits, GET and POST /api/v1/credits/entries -------------------------------------------

/** Money on the wire: an exact decimal string and its ISO 4217 currency. */
export interface MoneyAmount {
  amount: string;
  currency: string;
}

/** POST /api/v1/credits/entries (admin; header Idempotency-Key required): one ledger entry an admin records. */
export type NewLedgerEntryRequest =
  /** The balance read in the Microsoft 365 admin center, and when. */
  | { kind: 'snapshot'; asOf: string; balance: MoneyAmount }
  /** Funds added; a recharge seen on an invoice is origin 'auto-recharge'. */
  | { kind: 'purchase'; purchasedAt: string; amount: MoneyAmount; origin?: 'manual' | 'auto-recharge' }
  /** The rule in force from effectiveFrom; rule null records that auto-recharge was turned off. */
  | { kind: 'autoRechargeRule'; effectiveFrom: string; rule: { trigger: MoneyAmount; amount: MoneyAmount } | null }
  /** Cancels an earlier entry (a reversal of a reversal restores it). */
  | { kind: 'reversal'; reverses: string };

export type LedgerEntryJson =
  | ({ id: string; recordedAt: string; recordedBy: string | null; reversed: boolean } & (
      | { kind: 'snapshot'; asOf: string; balance: MoneyAmount }
      | { kind: 'purchase'; purchasedAt: string; amount: MoneyAmount; origin: 'manual' | 'auto-recharge' }
      | { kind: 'autoRechargeRule'; effectiveFrom: string; rule: { trigger: MoneyAmount; amount: MoneyAmount } | null }
      | { kind: 'reversal'; reverses: string }
    ));

/** 201 when recorded now; 200 with created false when the Idempotency-Key was already used for the same entry. */
export interface LedgerEntryResponse {
  entry: LedgerEntryJson;
  created: boolean;
}

/** GET /api/v1/credits/entries (admin or reader): the ledger, oldest first. */
export interface LedgerEntriesResponse {
  entries: LedgerEntryJson[];
}

/** A projected date says how many days of history its run-rate rests on. */
export type ProjectedDateJson =
  | { kind: 'date'; date: string; historyDays: number }
  | { kind: 'not-within-horizon'; horizonDays: number; historyDays: number }
  | { kind: 'not-applicable'; why: 'no-balance' | 'no-history' | 'no-auto-recharge'; historyDays: number };

export interface CreditLotJson {
  id: string;
  /** 'snapshot-unattributed': the part of the snapshot no recorded purchase explains; its expiry is unknown. */
  origin: 'purchase' | 'implied-recharge' | 'snapshot-unattributed';
  acquiredAt: string | null;
  expiresAt: string | null;
  original: MoneyAmount;
  remaining: MoneyAmount;
  /** Implied recharges are provisional until an admin records the purchase or a new snapshot. */
  provisional: boolean;
}

export type CreditEstimateJson =
  | {
      kind: 'estimate';
      /** Always 'estimate': no Microsoft API exposes the balance (the tab says so). */
      label: 'estimate';
      balance: MoneyAmount;
      at: string;
      basis: {
        snapshot: { entryId: string; asOf: string; balance: MoneyAmount };
        unattributedSnapshotAmount: MoneyAmount;
        charges: { count: number; total: MoneyAmount; startedAfter: string; lastStartedAt: string | null; conflictingIds: string[] };
        purchases: { count: number; total: MoneyAmount };
        forfeits: { count: number; total: MoneyAmount };
        impliedRecharges: { count: number; total: MoneyAmount; impliedAfter: string };
        reversedEntryIds: string[];
      };
    }
  | { kind: 'no-snapshot'; at: string; remedy: { code: string; fixedBy: string | null } };

export type CreditAlertKind = 'lowBalance' | 'runOutSoon' | 'spendSpike' | 'lotsExpiring';

/** GET /api/v1/credits (admin or reader): the estimate and every figure with what it rests on. */
export interface CreditsResponse {
  billingModel: 'prepaid' | 'postpaid';
  currency: string;
  timeZone: string;
  /** Today in the tenant's time zone. */
  today: string;
  /** When these figures were computed. */
  asOf: string;
  /** Usage data lags 24 to 48 hours: the last sync, the newest call seen, and the lag between that call and asOf. */
  data: { lastSyncAt: string | null; newestCallAt: string | null; lagHours: number | null; lastError: string | null; lastErrorAt: string | null };
  /** Prepaid only; null for postpaid tenants. */
  estimate: CreditEstimateJson | null;
  lots: CreditLotJson[];
  lotsExpiring: { withinDays: number; lotIds: string[]; total: MoneyAmount };
  autoRecharge: { trigger: MoneyAmount; amount: MoneyAmount; effectiveFrom: string; entryId: string } | null;
  /** Postpaid only: month-to-date spend against the monthly budget. */
  budget: {
    from: string;
    to: string;
    spend: MoneyAmount;
    chargesCounted: number;
    budget: MoneyAmount | null;
    remaining: MoneyAmount | null;
    /** 10000 = 100%. */
    budgetUsedBasisPoints: number | null;
    projectedMonthEnd: MoneyAmount;
  } | null;
  forecast: {
    history: { from: string; to: string };
    runRate:
      | { kind: 'flat' | 'weekday-aware'; perDay: MoneyAmount; window: { from: string; to: string }; historyDays: number }
      | { kind: 'no-history'; historyDays: 0 };
    runOut: ProjectedDateJson;
    nextAutoRecharge: ProjectedDateJson;
    monthEnd: {
      month: string;
      actual: MoneyAmount;
      actualDays: number;
      projected: MoneyAmount;
      projectedDays: number;
      total: MoneyAmount;
      historyDays: number;
    };
    spendSpike:
      | { kind: 'spike' | 'normal'; day: string; spend: MoneyAmount; baseline: MoneyAmount; baselineDays: number; factor: number }
      | { kind: 'unknown'; why: 'no-history' | 'short-history' | 'no-baseline-spend' };
  };
  /** Alert episodes open now. */
  alerts: Array<{ kind: CreditAlertKind; openedAt: string; facts: Record<string, unknown> }>;
}

// ---- The bot's answers: GET /api/v1/eligibility, POST /api/v1/estimate, POST /api/v1/dial-out-check -------------


/** POST /api/v1/estimate. Card forms send the same fields; bad values come back as 400 with one issue code each. */
export interface EstimateRequest {
  /** Whose estimate; default the caller. Organizers may ask only about themselves. */
  userId?: string;
  durationMinutes: number;
  lines: Array<{ kind: 'dialInToll' | 'dialInTollFree' | 'dialOut'; count: number; country?: string; phoneNumber?: string; stayMinutes?: number }>;
}

/** POST /api/v1/dial-out-check: a number, or a whole country. */
export interface DialOutCheckRequest {
  userId?: string;
  phoneNumber?: string;
  country?: string;
}

/** The same answer model the bot's cards are made from, money as MoneyJson. */
export type EligibilityResponse = WithMoneyJson<EligibilityAnswer>;
export type EstimateResponse = WithMoneyJson<EstimateAnswer>;
export type DialOutCheckResponse = WithMoneyJson<DialOutAnswer>;

// ---- Usage (issue 6): GET /api/v1/usage, POST /api/v1/imports/usage, GET /api/v1/jobs/{id} -------------------------

/** Conference calls by the rate card's kinds; other calls by family (user, bot = auto attendant/call queue, …). */
export type UsageCallKindJson = 'dial-in-toll' | 'dial-in-toll-free' | 'dial-out' | 'user' | 'bot' | 'unassigned' | 'direct-routing' | 'unknown';
export type UsageGroupByJson = 'day' | 'month' | 'callKind' | 'country' | 'organizer' | 'numberType' | 'conference';
/** How rows were tied to an organizer; the organizer of a dial-in is UNCERTAIN (domain-facts §1.5). */
export type UsageAttributionJson = 'direct' | 'via-conference' | 'none' | 'erased' | 'mixed';
export type UsageRangePresetJson = '7d' | '28d' | '30d' | '90d' | 'month' | 'last-month' | '13m';

/**
 * GET /api/v1/usage query string. A preset, or from/to (YYYY-MM-DD, inclusive, in the tenant's time zone, at most 13
 * calendar months); default: this month. callKind and country take comma lists. An organizer sees only their own rows.
 */
export interface UsageQueryJson {
  preset?: UsageRangePresetJson;
  from?: string;
  to?: string;
  /** Default 'day'. */
  groupBy?: UsageGroupByJson;
  callKind?: string;
  country?: string;
  organizer?: string;
  ppmOnly?: 'true' | 'false';
  /** Groups kept for callKind/country/organizer/numberType/conference (1–100, default 10); the rest is summed. */
  top?: string;
}

export interface UsageFiguresJson {
  calls: number;
  seconds: number;
  /** seconds / 60, two decimals. */
  minutes: number;
  charge: MoneyAmount;
  connectionCharge: MoneyAmount;
  /** charge + connectionCharge: what the calls cost. */
  total: MoneyAmount;
  /** The part that draws on Communications Credits (not Direct Routing, not FREECALL). */
  creditCharge: MoneyAmount;
}

export interface UsageGroupJson {
  /** A date, month, call kind, country (ISO alpha-2), number type, organizer id or conference id; null = unknown/unattributed. */
  key: string | null;
  figures: UsageFiguresJson;
  organizer?: { id: string | null; userPrincipalName: string | null; displayName: string | null; attribution: UsageAttributionJson };
  firstCallAt?: string;
  lastCallAt?: string;
}

export interface UsageResponse {
  range: { from: string; to: string; preset: UsageRangePresetJson | null };
  timeZone: string;
  currency: string;
  /** 'own': an organizer's own rows only. */
  scope: 'tenant' | 'own';
  groupBy: UsageGroupByJson;
  filters: { callKind: UsageCallKindJson[]; country: string[]; organizer: string | null; ppmOnly: boolean };
  /** Filters the grouping cannot apply (conference totals ignore callKind, country and ppmOnly). */
  ignoredFilters: string[];
  totals: UsageFiguresJson;
  /** Days and months in order (every one, zeros included); other groupings by cost, top N. */
  groups: UsageGroupJson[];
  /** The groups past the top N, summed; null when none were cut. */
  rest: UsageFiguresJson | null;
  groupCount: number;
  /** Rows in other currencies are never added to the tenant's; they are listed here. */
  otherCurrencies: Array<{ currency: string; figures: UsageFiguresJson }>;
  monthToDate: { from: string; to: string; figures: UsageFiguresJson };
  /** Usage lags 24 to 48 hours (domain-facts §7.1). */
  data: { lastSyncAt: string | null; newestCallAt: string | null; lastError: string | null; lastErrorAt: string | null };
}

/** POST /api/v1/imports/usage (admin): the admin center export, the zip or the CSV, base64-encoded. A text/csv body is also accepted. */
export interface UsageImportRequest {
  fileName?: string;
  contentBase64: string;
}

export type JobStatusJson = 'queued' | 'running' | 'succeeded' | 'failed';

/** A usage import's progress, as the import service records it in the jobs table. */
export type UsageImportProgressJson = UsageImportProgress;

export interface UsageImportProblemJson {
  /** 1-based line of the CSV where the record starts (0: the file as a whole). */
  line: number;
  reason: string;
  field?: string;
  message: string;
}

/** A usage import's result as the import service records it, each problem with its localized message. */
export type UsageImportResultJson = Omit<UsageImportResult, 'errors'> & {
  /** At most 100; errorCount counts them all. A file with any error imports nothing. */
  errors: UsageImportProblemJson[];
};

interface JobBaseJson {
  id: string;
  status: JobStatusJson;
  createdAt: string;
  updatedAt: string;
  error: string | null;
  errorMessage: string | null;
}

/** A usage import: the 202 answer of POST /api/v1/imports/usage, then GET /api/v1/jobs/{id}. */
export interface JobResponse extends JobBaseJson {
  kind: 'usage-import';
  progress: UsageImportProgressJson | null;
  result: UsageImportResultJson | null;
}

/** A roll-up rebuild after a time-zone or source-of-truth change (PUT /api/v1/settings), then GET /api/v1/jobs/{id}. */
export interface RollupRebuildJobResponse extends JobBaseJson {
  kind: 'rollup-rebuild';
  progress: RollupRebuildProgressJson | null;
  result: RollupRebuildResultJson | null;
}

export type UsageImportJobResponse = JobResponse;

/** GET /api/v1/jobs/{id}: any job; its kind tells its progress and result apart. */
export type AnyJobResponse = JobResponse | RollupRebuildJobResponse;

// ---- Settings (issue 9): rate card, dial-out policies, tenant settings, audit -----------------------------------------
// Every write is admin-only and needs an Idempotency-Key header: the same key again replays the first answer (header
// Idempotent-Replayed: true) and changes nothing; the same key with another body is 409 conflict. Readers may read.

export type {
  RollupRebuildProgressJson,
  RollupRebuildResultJson,
  TenantSettingsJson,
  SettingsChoicesJson,
} from '../settings/settings-types';

/** A CSV upload (rate card or policy export) for a preview. */
export interface CsvUploadRequest {
  csv: string;
  fileName?: string;
}

/** Applying what was previewed: the same CSV and the preview's fingerprint (409 preview-outdated when they differ). */
export interface CsvApplyRequest extends CsvUploadRequest {
  fingerprint: string;
}

/** One line of a rejected CSV: 1-based line (0: the file as a whole), a code, and the offending column and value. */
export interface CsvLineErrorJson {
  line: number;
  code: string;
  column?: string;
  value?: string;
}

export type RateCallKindJson = 'dial-in-toll' | 'dial-in-toll-free' | 'dial-out';

export interface RateJson {
  callKind: RateCallKindJson;
  /** ISO 3166 alpha-2. */
  country: string;
  /** null: every number type of the country. */
  numberType: string | null;
  effectiveFrom: string;
  perMinute: MoneyAmount;
  connectionFee: MoneyAmount;
}

/** Σ charge / Σ billed minutes of the tenant's own PPM calls, with what it rests on. */
export interface LearnedRateJson {
  callKind: RateCallKindJson;
  country: string;
  numberType: string | null;
  perMinute: MoneyAmount;
  connectionFee: MoneyAmount;
  sampleCalls: number;
  billedMinutes: number;
  from: string;
  to: string;
}

/** GET /api/v1/rates (admin or reader): the admin's card beside the learned rates. */
export interface RatesResponse {
  currency: string;
  /** null when no card was uploaded; source 'demo' marks made-up demo prices. */
  card: { source: 'admin' | 'demo'; entries: RateJson[]; csv: string } | null;
  learned: LearnedRateJson[];
  /** A learned rate needs at least this many calls. */
  learnedMinCalls: number;
}

/** POST /api/v1/rates/preview (admin): the line errors, or what applying the CSV would change. */
export type RatePreviewResponse =
  | { ok: false; errors: CsvLineErrorJson[] }
  | {
      ok: true;
      fingerprint: string;
      currency: string;
      entries: number;
      added: RateJson[];
      changed: Array<{ before: RateJson; after: RateJson }>;
      removed: RateJson[];
      unchanged: number;
    };

/** POST /api/v1/rates/apply (admin, Idempotency-Key): 200 when the card was replaced. */
export interface RateApplyResponse {
  appliedAt: string;
  entries: number;
  added: number;
  changed: number;
  removed: number;
}

export type PolicySourceJson = 'default' | 'seed' | 'admin' | 'import';

export interface DialOutPolicyPresetJson {
  /** As Grant-CsDialoutPolicy takes it, without "tag:". */
  name: string;
  meetingDialOut: 'InternationalAndDomestic' | 'DomesticOnly' | 'ZoneA' | 'Disabled';
  userPstn: 'InternationalAndDomestic' | 'DomesticOnly' | 'Disabled';
}

export interface GlobalPolicyJson {
  name: string;
  source: PolicySourceJson;
  setAt: string;
  setBy: string | null;
}

export interface PolicyAssignmentJson {
  userId: string;
  userPrincipalName: string | null;
  displayName: string | null;
  /** A preset name, or "Global" for a user explicitly reset to the global policy. */
  policyName: string;
  source: PolicySourceJson;
  assignedAt: string;
}

/** GET /api/v1/policies (admin or reader): the global policy, the 13 presets and the per-user assignments. */
export interface PoliciesResponse {
  global: GlobalPolicyJson;
  presets: DialOutPolicyPresetJson[];
  assignments: PolicyAssignmentJson[];
}

/** PUT /api/v1/settings/global-policy (admin, Idempotency-Key). */
export interface GlobalPolicyRequest {
  policyName: string;
}

export interface GlobalPolicyResponse {
  global: GlobalPolicyJson;
}

export interface PolicyImportRowJson {
  line: number;
  userPrincipalName: string;
  userId: string;
  displayName: string;
  policyName: string;
  current: { policyName: string; source: PolicySourceJson; assignedAt: string } | null;
  change: 'new' | 'changed' | 'unchanged';
}

/** POST /api/v1/policies/preview (admin): a Get-CsOnlineUser export (UserPrincipalName,OnlineDialOutPolicy). */
export type PolicyPreviewResponse =
  | { ok: false; errors: CsvLineErrorJson[] }
  | { ok: true; fingerprint: string; rows: PolicyImportRowJson[]; counts: { new: number; changed: number; unchanged: number } };

/** POST /api/v1/policies/apply (admin, Idempotency-Key): every row stored with source 'import' and this date. */
export interface PolicyApplyResponse {
  importedAt: string;
  assignments: number;
  changed: number;
}

export interface AdminJson {
  id: string;
  displayName: string | null;
  userPrincipalName: string | null;
  /** In ADMIN_OBJECT_IDS: the deployment's own list, which Settings cannot change. */
  fromConfig: boolean;
}

/** GET /api/v1/settings (admin or reader; header ETag) and the 200 answer of PUT /api/v1/settings. */
export interface SettingsResponse {
  settings: TenantSettingsJson;
  /** The same value as the ETag header: send it back as If-Match. */
  etag: string;
  tenantName: string;
  admins: AdminJson[];
  choices: SettingsChoicesJson;
}

/**
 * PUT /api/v1/settings (admin; If-Match and Idempotency-Key required). `admins` may name people by object id or UPN.
 * 412 preconditionFailed when someone else saved first: details is a SettingsConflictJson.
 */
export type SettingsUpdateRequest = TenantSettingsJson;

export interface SettingsUpdateResponse extends SettingsResponse {
  /** False when the request changed nothing (nothing was saved or audited). */
  changed: boolean;
  /** The roll-up rebuild a time-zone or source-of-truth change started; poll GET /api/v1/jobs/{id}. */
  rebuildJob: RollupRebuildJobResponse | null;
}

/** The details of a 412 on PUT /api/v1/settings: their version, and who saved it when the audit says. */
export interface SettingsConflictJson {
  current: SettingsResponse;
  lastChange: { at: string; by: { id: string; displayName: string | null } } | null;
}

export interface AuditEntryJson {
  id: string;
  at: string;
  actor: { id: string; displayName: string | null; userPrincipalName: string | null } | null;
  /** 'settings.update', 'policy.global.set', 'policies.import', 'rates.replace', 'ledger.append', … */
  action: string;
  target: string;
  before: unknown;
  after: unknown;
}

/** GET /api/v1/audit?from&to&page&pageSize (admin or reader): newest first; from/to are days in the tenant's time zone. */
export interface AuditResponse {
  from: string;
  to: string;
  timeZone: string;
  page: number;
  pageSize: number;
  total: number;
  entries: AuditEntryJson[];
}
