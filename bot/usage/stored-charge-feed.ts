/**
 * ChargeFeed over the usage tables: credit charges from the raw rows (de-duplicated across sources), daily spend from
 * the roll-ups, freshness from syncState.
 */
import type { CreditCharge } from '../billing/ledger/ledger-entries';
import type { DailySpend } from '../billing/forecast/run-rate';
import { addDays, type CalendarDate } from '../billing/time';
import type { PstnCallStore } from '../store/pstn-call-store';
import type { SyncStateStore } from '../store/sync-state-store';
import type { TenantSettingsStore } from '../store/tenant-settings';
import type { UsageRollupStore } from '../store/usage-rollup-store';
import type { ChargeFeed, UsageFreshness } from './charge-feed';
import { chargeIds, effectiveRows } from './cross-source-dedup';
import { creditMicros } from './rollup';
import { decodeDayRollup } from './rollup-doc';
import { monthsOfRange } from './usage-range';
import { readUsageSettings } from './usage-settings';

export class StoredChargeFeed implements ChargeFeed {
  constructor(
    private readonly deps: { calls: PstnCallStore; rollups: UsageRollupStore; state: SyncStateStore; settings: TenantSettingsStore },
  ) {}

  async *creditCharges(tenantId: string, from: Date, to: Date): AsyncIterable<CreditCharge> {
    if (to.getTime() <= from.getTime()) return;
    const { sourceOfTruth } = await readUsageSettings(this.deps.settings, tenantId);
    const fromMs = from.getTime();
    const toMs = to.getTime();
    const lastDay = new Date(toMs - 1).toISOString().slice(0, 10);
    for (let day = from.toISOString().slice(0, 10); day <= lastDay; day = addDays(day, 1)) {
      const { rows } = effectiveRows(await this.deps.calls.readUtcDay(tenantId, day), sourceOfTruth);
      const ids = chargeIds(rows);
      for (const row of rows) {
        const startMs = Date.parse(row.startedAt);
        if (startMs < fromMs || startMs >= toMs) continue;
        const micros = creditMicros(row);
        if (micros <= 0n) continue;
        yield { id: ids.get(row)!, startedAt: row.startedAt, amount: { micros, currency: row.charge.currency } };
      }
    }
  }

  async dailySpend(tenantId: string, fromDate: CalendarDate, toDate: CalendarDate, currency: string): Promise<DailySpend[]> {
    if (fromDate > toDate) return [];
    const docs = await this.deps.rollups.readDays(tenantId, monthsOfRange(fromDate, toDate), fromDate, toDate);
    const spend: DailySpend[] = [];
    for (const doc of docs) {
      let micros = 0n;
      for (const cell of decodeDayRollup(doc.json).cells) if (cell.currency === currency) micros += cell.credit;
      if (micros !== 0n) spend.push({ date: doc.date, spend: { micros, currency } });
    }
    return spend;
  }

  async freshness(tenantId: string): Promise<UsageFreshness> {
    const [marks, graph] = await Promise.all([this.deps.state.getUsageMarks(tenantId), this.deps.state.getGraph(tenantId)]);
    const lastSyncAt = [graph.lastSuccessAt, marks.lastImportAt].filter((v): v is string => v !== null).sort().pop() ?? null;
    return { lastSyncAt, newestCallAt: marks.newestCallAt, lastError: graph.lastError?.code ?? null, lastErrorAt: graph.lastError ? graph.lastErrorAt : null };
  }
}
