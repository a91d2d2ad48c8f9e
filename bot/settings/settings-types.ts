/**
 * The shapes the settings services and the API share (bot/api/contracts.ts re-exports them for the tab): the tenant
 * settings as an admin edits them, the choices the form offers, and the roll-up rebuild job's progress and result.
 * Amounts are decimal strings in the tenant's currency, never floats.
 */

export type BillingModelJson = 'prepaid' | 'postpaid';
export type DurationRoundingJson = 'per-started-minute' | 'per-second';
export type ChargeRoundingJson = 'per-call' | 'per-line';
export type UsageSourceOfTruthJson = 'graph' | 'export';

/** The editable tenant settings (GET/PUT /api/v1/settings). */
export interface TenantSettingsJson {
  /** ISO 3166 alpha-2: the organization's location. */
  country: string;
  /** IANA time zone: "today", month-to-date, expiry and roll-up dates. */
  timeZone: string;
  /** ISO 4217: every rate, threshold and balance of the tenant. */
  currency: string;
  billingModel: BillingModelJson;
  durationRounding: DurationRoundingJson;
  chargeRounding: ChargeRoundingJson;
  /** US↔Canada meeting dial-out counts as domestic (UNCERTAIN, domain-facts §3.1). */
  usCaDomestic: boolean;
  /** A per-minute rate above this warns before dial-out; null turns the check off. */
  highCostPerMinute: string | null;
  /** Warn before dial-out when the balance covers fewer minutes than this. */
  lowBalanceMinutes: number;
  /** Postpaid: the monthly budget spend is shown against; null when none. */
  monthlyBudget: string | null;
  alerts: {
    /** Alert when the estimated balance falls below this; null turns it off. */
    lowBalance: string | null;
    runOutWithinDays: number;
    spendSpikeFactor: number;
    lotsExpiringWithinDays: number;
  };
  usageSourceOfTruth: UsageSourceOfTruthJson;
  /** The allow-list: object ids (GET), object ids or UPNs (PUT). */
  admins: string[];
}

/** What the form may choose from: the lists the server validates against. */
export interface SettingsChoicesJson {
  countries: string[];
  currencies: string[];
  timeZones: string[];
}

export interface RollupRebuildProgressJson {
  phase: 'queued' | 'rebuilding' | 'done';
  startedAt: string | null;
  /** While rebuilding: the days to recalculate (null until known) and how many are done. */
  daysTotal?: number | null;
  daysDone?: number;
}

export interface RollupRebuildResultJson {
  /** What changed and started the rebuild. */
  reason: { timeZone?: { from: string; to: string }; usageSourceOfTruth?: { from: string; to: string } };
  daysRecomputed: number;
  cells: number;
  conferences: number;
  finishedAt: string;
}
