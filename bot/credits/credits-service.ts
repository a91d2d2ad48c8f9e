/**
 * The credits service (architecture "Credit balance: an honest estimate"): reads the tenant's ledger, settings and
 * usage, and asks the billing domain for the balance, the lots, the forecast and postpaid spend. It does the reading;
 * the arithmetic is the domain's (bot/billing) and the choices are in credits-overview.ts.
 */
import { forecastSpend } from '../billing/forecast/spend-forecast';
import type { SpendHistory } from '../billing/forecast/run-rate';
import { creditBalanceAt, lotsExpiringWithin, type CreditBalance } from '../billing/ledger/credit-balance';
import type { CreditCharge, LedgerEntry } from '../billing/ledger/ledger-entries';
import { anchorSnapshot, viewLedger } from '../billing/ledger/ledger-view';
import { postpaidSpend, type PostpaidSpend } from '../billing/ledger/postpaid-spend';
import { fromMoneyJson, type Money } from '../billing/money';
import { parseBillingSettingsJson } from '../billing/settings-json';
import type { BillingSettings } from '../billing/settings';
import { firstDayOfMonth, instantToMs } from '../billing/time';
import type { ChargeFeed } from '../usage/charge-feed';
import { localDateOfMs, localMidnightMs } from '../usage/tenant-time';
import type { TenantSettings } from '../store/tenant-settings';
import { autoRechargeInForce, historyWindow, type AlertThresholds, type CreditsOverview } from './credits-overview';
import { creditCoverage, type CreditCoverage } from './coverage';
import { spendSpike } from './spend-spike';

export interface LedgerReader {
  list(tenantId: string): Promise<ReadonlyArray<{ readonly entry: LedgerEntry }>>;
}

export interface TenantSettingsSource {
  get(tenantId: string): Promise<{ readonly settings: TenantSettings } | null>;
}

export interface CreditsServiceDeps {
  readonly ledger: LedgerReader;
  readonly feed: ChargeFeed;
  readonly settings: TenantSettingsSource;
}

interface TenantCreditsContext {
  readonly tenant: TenantSettings;
  readonly billing: BillingSettings;
  readonly thresholds: AlertThresholds;
}

export class CreditsService {
  constructor(private readonly deps: CreditsServiceDeps) {}

  /** Everything the tab's credits view shows, at `now`; null when the tenant has no settings. */
  async overview(tenantId: string, now: Date): Promise<CreditsOverview | null> {
    const context = await this.context(tenantId);
    if (!context) return null;
    const { tenant, billing, thresholds } = context;
    const at = now.toISOString();
    const today = localDateOfMs(now.getTime(), tenant.timeZone);
    const prepaid = billing.billingModel === 'prepaid';

    const [entries, freshness] = await Promise.all([this.entries(tenantId), this.deps.feed.freshness(tenantId)]);
    const window = historyWindow({
      today,
      newestCallAt: freshness.newestCallAt,
      timeZone: tenant.timeZone,
      forecastWindowDays: billing.forecastWindowDays,
    });
    const history: SpendHistory = {
      from: window.from,
      to: window.to,
      days: window.to < window.from ? [] : await this.deps.feed.dailySpend(tenantId, window.from, window.to, billing.currency),
    };

    const balance = prepaid ? await this.balanceAt(tenantId, entries, now, billing.currency) : null;
    const autoRecharge = prepaid ? autoRechargeInForce(entries, now.getTime()) : null;
    let postpaid: PostpaidSpend | null = null;
    if (!prepaid) {
      const monthStart = new Date(localMidnightMs(firstDayOfMonth(today), tenant.timeZone));
      const charges = await this.charges(tenantId, monthStart, now);
      postpaid = postpaidSpend({ charges, from: monthStart.toISOString(), to: afterInstant(now), currency: billing.currency, budget: billing.monthlyBudget });
    }
    // The forecast starts after the last complete day; the days since are projected, as their calls are not in yet.
    const forecast = forecastSpend({
      history,
      currency: billing.currency,
      windowDays: billing.forecastWindowDays,
      today,
      balance,
      autoRecharge: autoRecharge?.rule ?? null,
    });
    return {
      tenantId,
      at,
      currency: billing.currency,
      billingModel: billing.billingModel,
      timeZone: tenant.timeZone,
      today,
      freshness,
      balance,
      expiringLots: { withinDays: thresholds.lotsExpiringWithinDays, lots: balance ? lotsExpiringWithin(balance, thresholds.lotsExpiringWithinDays) : [] },
      autoRecharge,
      postpaid,
      history,
      forecast,
      spike: spendSpike(history, thresholds.spendSpikeFactor, billing.currency),
      thresholds,
    };
  }

  /** Whether the balance covers organizers' calls, for the bot; 'unknown' when the tenant is not set up. */
  async coverage(tenantId: string, now: Date): Promise<CreditCoverage> {
    const context = await this.context(tenantId);
    const at = now.toISOString();
    if (!context) return creditCoverage({ billingModel: 'prepaid', balance: null, lowBalanceThreshold: null, at });
    const { billing, thresholds } = context;
    const balance =
      billing.billingModel === 'prepaid' ? await this.balanceAt(tenantId, await this.entries(tenantId), now, billing.currency) : null;
    return creditCoverage({ billingModel: billing.billingModel, balance, lowBalanceThreshold: thresholds.lowBalance, at });
  }

  /** The balance estimate as a bare amount (the conversation service's BalanceSource); null when there is none. */
  async currentBalance(tenantId: string, now: Date): Promise<Money | null> {
    return (await this.coverage(tenantId, now)).balance;
  }

  private async context(tenantId: string): Promise<TenantCreditsContext | null> {
    const stored = await this.deps.settings.get(tenantId);
    if (!stored) return null;
    const parsed = parseBillingSettingsJson(stored.settings.billing);
    // The settings store validates on write, so a parse failure here is a bug, not user input.
    if (!parsed.ok) throw new Error(`Tenant ${tenantId} has invalid billing settings`);
    const alerts = stored.settings.alerts;
    return {
      tenant: stored.settings,
      billing: parsed.value,
      thresholds: {
        lowBalance: alerts.lowBalance && fromMoneyJson(alerts.lowBalance),
        runOutWithinDays: alerts.runOutWithinDays,
        spendSpikeFactor: alerts.spendSpikeFactor,
        lotsExpiringWithinDays: alerts.lotsExpiringWithinDays,
      },
    };
  }

  private async entries(tenantId: string): Promise<LedgerEntry[]> {
    return (await this.deps.ledger.list(tenantId)).map((stored) => stored.entry);
  }

  /** Reads only the charges the estimate can use: calls that started after the anchoring snapshot. */
  private async balanceAt(tenantId: string, entries: readonly LedgerEntry[], now: Date, currency: string): Promise<CreditBalance> {
    const snapshot = anchorSnapshot(viewLedger(entries), now.getTime());
    const charges = snapshot ? await this.charges(tenantId, new Date(instantToMs(snapshot.asOf)), now) : [];
    return creditBalanceAt({ entries, charges, at: now.toISOString(), currency });
  }

  /** Charges of calls that started in [from, now], now included as the domain counts it. */
  private async charges(tenantId: string, from: Date, now: Date): Promise<CreditCharge[]> {
    const charges: CreditCharge[] = [];
    for await (const charge of this.deps.feed.creditCharges(tenantId, from, new Date(now.getTime() + 1))) charges.push(charge);
    return charges;
  }
}

function afterInstant(now: Date): string {
  return new Date(now.getTime() + 1).toISOString();
}
