/**
 * Request and response types of the tab's REST API (/api/v1/*). The tab imports these as types only.
 * Money travels as MoneyJson (a decimal string and a currency), never as a float.
 */
import type { WithMoneyJson } from './answer-json';
import type { DialOutAnswer, EligibilityAnswer, EstimateAnswer } from '../conversation/answer-model';

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
