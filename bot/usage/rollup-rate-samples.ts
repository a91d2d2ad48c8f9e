/**
 * Rate samples for learned rates (architecture "Rates": Σ charge / Σ billed minutes from the tenant's own history),
 * read from the roll-ups: PPM conference calls per month × call kind × country. Cached per tenant for an hour,
 * because the bot asks on every estimate and the history changes only when usage is synced.
 */
import type { RateHistorySample } from '../billing/rates/learned-rates';
import type { CallKind } from '../billing/reference/call-types';
import { TtlCache } from '../graph/ttl-cache';
import type { TenantSettingsStore } from '../store/tenant-settings';
import type { UsageRollupStore } from '../store/usage-rollup-store';
import { decodeDayRollup } from './rollup-doc';
import { localDateOfMs } from './tenant-time';
import { addMonthsToFirst, monthsOfRange } from './usage-range';
import { usageSettingsOf } from './usage-settings';

const CONFERENCE_KINDS = new Set<string>(['dial-in-toll', 'dial-in-toll-free', 'dial-out']);

export class RollupRateSamples {
  private readonly cache: TtlCache<RateHistorySample[]>;

  constructor(private readonly deps: { rollups: UsageRollupStore; settings: TenantSettingsStore; ttlMs?: number }) {
    this.cache = new TtlCache(deps.ttlMs ?? 3_600_000, Date.now, 100);
  }

  async rateSamples(tenantId: string, currency: string, now: Date): Promise<readonly RateHistorySample[]> {
    return this.cache.get(`${tenantId}|${currency}`, () => this.load(tenantId, currency, now));
  }

  private async load(tenantId: string, currency: string, now: Date): Promise<RateHistorySample[]> {
    const tenant = await this.deps.settings.get(tenantId);
    const settings = usageSettingsOf(tenant);
    const perSecond = tenant?.settings.billing.durationRounding === 'per-second';
    const to = localDateOfMs(now.getTime(), settings.timeZone);
    const from = addMonthsToFirst(to, -12);
    const docs = await this.deps.rollups.readDays(tenantId, monthsOfRange(from, to), from, to);
    const samples = new Map<string, { kind: CallKind; country: string; month: string; calls: number; seconds: number; charge: bigint; connection: bigint; first: string; last: string }>();
    for (const doc of docs) {
      for (const cell of decodeDayRollup(doc.json).cells) {
        if (!cell.ppm || cell.currency !== currency || !CONFERENCE_KINDS.has(cell.callKind) || !cell.country) continue;
        const month = doc.date.slice(0, 7);
        const key = `${month}|${cell.callKind}|${cell.country}`;
        let s = samples.get(key);
        if (!s) samples.set(key, (s = { kind: cell.callKind as CallKind, country: cell.country, month, calls: 0, seconds: 0, charge: 0n, connection: 0n, first: doc.date, last: doc.date }));
        s.calls += cell.calls;
        s.seconds += perSecond ? cell.seconds : cell.billedMinutes * 60;
        s.charge += cell.charge;
        s.connection += cell.connection;
        if (doc.date < s.first) s.first = doc.date;
        if (doc.date > s.last) s.last = doc.date;
      }
    }
    return [...samples.values()].map((s) => ({
      callKind: s.kind,
      country: s.country,
      numberType: null,
      calls: s.calls,
      billedSeconds: s.seconds,
      charge: { micros: s.charge, currency },
      connectionCharge: { micros: s.connection, currency },
      firstCallAt: `${s.first}T00:00:00Z`,
      lastCallAt: `${s.last}T23:59:59Z`,
    }));
  }
}
