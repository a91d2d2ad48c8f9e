/**
 * Azurite integration: rows → roll-ups → queries, exact under re-ingest and any order; cross-source duplicates; the
 * time-zone rebuild; the retention purge; erasure; the charge feed.
 */
import { drawsOnCommunicationsCredits } from '../../bot/billing/reference/call-types';
import { generateGraphRows } from '../support/fake-graph/graph-rows';
import { normalizeAll, sourceTotals, TENANT, usageHarness, type UsageHarness } from './usage-harness';
import { normalizeExportRecord } from '../../bot/usage/normalize-export-row';
import type { PstnCall } from '../../bot/usage/pstn-call';
import { addDays } from '../../bot/billing/time';
import { exportRecord, graphRow, CALLS } from './call-fixtures';

const rows = normalizeAll(generateGraphRows({ count: 900, from: new Date('2026-09-01T00:00:00Z'), to: new Date('2026-11-20T00:00:00Z'), seed: 11 }));
const source = sourceTotals(rows);
// Azurite work is slow on a busy machine; these limits are generous on purpose (no test asserts a duration).
jest.setTimeout(120_000);

let h: UsageHarness;
beforeEach(async () => {
  h = await usageHarness();
}, 30_000);
afterEach(async () => h.drop());

async function totals(range: Record<string, string> = { preset: '13m' }) {
  const outcome = await h.queries.query({ tenantId: TENANT, range, groupBy: 'day', filter: {}, top: 10 });
  if (!outcome.ok) throw new Error(outcome.problem);
  return outcome.answer;
}

async function entityCount(table: 'pstnCalls' | 'usageDaily' | 'usageByConference'): Promise<number> {
  let n = 0;
  for await (const _ of h.store.table(table).listEntities({ queryOptions: { select: ['RowKey'] } })) n += 1;
  return n;
}

function credit(rs: readonly PstnCall[]): bigint {
  return rs
    .filter((r) => drawsOnCommunicationsCredits({ callType: r.callType, licenseCapability: r.capability, totalCharge: { micros: r.charge.micros + r.connectionCharge.micros, currency: 'USD' } }))
    .reduce((s, r) => s + r.charge.micros + r.connectionCharge.micros, 0n);
}

describe('roll-ups stay exact', () => {
  it('equal the source to the micro, and do not move when the same rows arrive again in another order', async () => {
    await h.ingestCalls(rows);
    const first = await totals();
    expect(first.aggregate.totals.calls).toBe(source.calls);
    expect(first.aggregate.totals.seconds).toBe(source.seconds);
    expect(first.aggregate.totals.charge + first.aggregate.totals.connection).toBe(source.total);
    expect(first.aggregate.totals.credit).toBe(credit(rows));
    const counts = [await entityCount('pstnCalls'), await entityCount('usageDaily'), await entityCount('usageByConference')];

    await h.ingestCalls([...rows].reverse().slice(0, 600), 97);
    await h.ingestCalls([...rows].sort((a, b) => (a.dedupKey < b.dedupKey ? -1 : 1)), 211);
    const again = await totals();
    expect(again.aggregate).toEqual(first.aggregate);
    expect([await entityCount('pstnCalls'), await entityCount('usageDaily'), await entityCount('usageByConference')]).toEqual(counts);
    expect(counts[0]).toBe(rows.length);
  });

  it('count a call delivered by both sources once, the source of truth deciding which copy', async () => {
    const spec = { ...CALLS.ppmTollDialIn!, start: '2026-11-10T14:00:08Z', charge: 0.0512 };
    const graphCopy = normalizeAll([{ ...graphRow(spec) }]);
    const e = normalizeExportRecord(exportRecord(spec), 'USD');
    if (!e.ok) throw new Error('fixture');
    await h.ingestCalls([...graphCopy, e.value]);
    let answer = await totals();
    expect(answer.aggregate.totals.calls).toBe(1);
    expect(answer.aggregate.totals.charge).toBe(51_200n);
    const charges = [];
    for await (const c of h.feed.creditCharges(TENANT, new Date('2026-11-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'))) charges.push(c);
    expect(charges).toHaveLength(1);

    const change = await h.updateSettings({ usageSourceOfTruth: 'export' });
    expect(change.after.usageSourceOfTruth).not.toBe(change.before.usageSourceOfTruth);
    await h.maintenance.rebuildRollups(TENANT);
    answer = await totals();
    expect(answer.aggregate.totals.calls).toBe(1);
    expect(answer.aggregate.totals.charge).toBe(50_000n);
    const after = [];
    for await (const c of h.feed.creditCharges(TENANT, new Date('2026-11-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z'))) after.push(c);
    expect(after.map((c) => c.id)).toEqual(charges.map((c) => c.id));
  });
});

describe('conference totals', () => {
  it('add up over whole months (totals only) and a partial month (its days) to the conference rows in range', async () => {
    await h.ingestCalls(rows);
    const outcome = await h.queries.query({ tenantId: TENANT, range: { from: '2026-09-01', to: '2026-11-15' }, groupBy: 'conference', filter: {}, top: 5 });
    if (!outcome.ok) throw new Error(outcome.problem);
    const inRange = rows.filter((r) => r.conferenceId && r.startedAt >= '2026-09-01' && r.startedAt < '2026-11-16');
    const { totals, groupCount } = outcome.answer.aggregate;
    expect(totals.calls).toBe(inRange.length);
    expect(totals.charge + totals.connection).toBe(inRange.reduce((s, r) => s + r.charge.micros + r.connectionCharge.micros, 0n));
    expect(groupCount).toBe(new Set(inRange.map((r) => r.conferenceId)).size);
    // Whole months come back without their days; their merged mix still does.
    expect(outcome.answer.aggregate.groups.every((g) => g.mix)).toBe(true);
  });

  it("keep each month's totals as one document equal to the conference rows; a torn document reads the rows", async () => {
    await h.ingestCalls(rows);
    const store = h.rollupStore as unknown as { scanConferenceTotals(t: string, m: string): Promise<unknown[]> };
    const byKey = (list: Array<{ rowKey: string }>) => [...list].sort((a, b) => (a.rowKey < b.rowKey ? -1 : 1));
    for (const month of ['2026-09', '2026-10', '2026-11']) {
      const fromDocument = await h.rollupStore.readConferenceTotals(TENANT, month);
      expect(fromDocument.length).toBeGreaterThan(0);
      expect(byKey(fromDocument)).toEqual(byKey((await store.scanConferenceTotals(TENANT, month)) as Array<{ rowKey: string }>));
    }
    // A write that stopped half way: the head names another generation than a part, so the rows are read instead.
    const table = h.store.table('usageConferenceTotals');
    const partitionKey = `${TENANT}|2026-10`;
    const head = await table.getEntity<{ generation: string }>(partitionKey, 'totals|00');
    await table.upsertEntity({ partitionKey, rowKey: 'totals|00', generation: 'torn', parts: 0, rows: 2 }, 'Replace');
    expect(byKey(await h.rollupStore.readConferenceTotals(TENANT, '2026-10'))).toEqual(byKey((await store.scanConferenceTotals(TENANT, '2026-10')) as Array<{ rowKey: string }>));
    expect(head.generation).not.toBe('torn');
  });

  it('are written for months recomputed before the documents existed, once, by the maintenance pass', async () => {
    await h.ingestCalls(rows);
    const table = h.store.table('usageConferenceTotals');
    const keys: Array<{ partitionKey: string; rowKey: string }> = [];
    for await (const e of table.listEntities()) if (e.partitionKey!.startsWith(TENANT)) keys.push({ partitionKey: e.partitionKey!, rowKey: e.rowKey! });
    for (const k of keys) await table.deleteEntity(k.partitionKey, k.rowKey);
    expect(await h.rollupStore.hasConferenceTotals(TENANT, '2026-10')).toBe(false);

    expect((await h.maintenance.purgeExpired(TENANT)).conferenceTotalsWritten).toBe(3);
    expect((await h.maintenance.purgeExpired(TENANT)).conferenceTotalsWritten).toBe(0);
    const store = h.rollupStore as unknown as { scanConferenceTotals(t: string, m: string): Promise<Array<{ rowKey: string }>> };
    const byKey = (list: Array<{ rowKey: string }>) => [...list].sort((a, b) => (a.rowKey < b.rowKey ? -1 : 1));
    for (const month of ['2026-09', '2026-10', '2026-11']) {
      expect(await h.rollupStore.hasConferenceTotals(TENANT, month)).toBe(true);
      expect(byKey(await h.rollupStore.readConferenceTotals(TENANT, month))).toEqual(byKey(await store.scanConferenceTotals(TENANT, month)));
    }
  });

  it('split a month of many conferences over several rows and read it back whole', async () => {
    const many = normalizeAll(generateGraphRows({ count: 6_000, from: new Date('2026-10-01T00:00:00Z'), to: new Date('2026-10-31T00:00:00Z'), seed: 5 }));
    await h.ingestCalls(many, 1_000);
    let stored = 0;
    for await (const _ of h.store.table('usageConferenceTotals').listEntities({ queryOptions: { filter: `PartitionKey eq '${TENANT}|2026-10'` } })) stored += 1;
    const fromDocument = await h.rollupStore.readConferenceTotals(TENANT, '2026-10');
    expect(fromDocument.length).toBe(new Set(many.filter((r) => r.conferenceId && r.startedAt < '2026-11-01').map((r) => `${r.conferenceId}|${r.charge.currency}`)).size);
    // About 2,000 conferences are more than one row holds (12 properties of 30,000 characters).
    expect(fromDocument.length).toBeGreaterThan(1_500);
    expect(stored).toBeGreaterThan(1);
  });
});

describe('a change of time zone', () => {
  it('rebuilds the roll-ups from the raw rows: days move, totals stay, nothing stale is left', async () => {
    await h.ingestCalls(rows);
    const utc = await totals({ from: '2026-09-01', to: '2026-11-22' });
    const change = await h.updateSettings({ timeZone: 'Pacific/Kiritimati' });
    expect(change.after.timeZone).not.toBe(change.before.timeZone);
    await h.maintenance.rebuildRollups(TENANT);
    const kiritimati = await totals({ from: '2026-09-01', to: '2026-11-22' });
    expect(kiritimati.timeZone).toBe('Pacific/Kiritimati');
    expect(kiritimati.aggregate.totals).toEqual(utc.aggregate.totals);
    const day = (a: typeof utc, date: string) => a.aggregate.groups.find((g) => g.key === date)!.amounts.calls;
    // Every call moves 14 hours later: a day gains the previous UTC day's evening.
    const expected = rows.filter((r) => new Date(Date.parse(r.startedAt) + 14 * 3_600_000).toISOString().startsWith('2026-10-15')).length;
    expect(day(kiritimati, '2026-10-15')).toBe(expected);
    expect(day(kiritimati, '2026-10-15')).not.toBe(day(utc, '2026-10-15'));
    const docs = await h.rollupStore.readDays(TENANT, ['2026-08', '2026-09', '2026-10', '2026-11'], '2026-08-01', '2026-11-30');
    const localDays = new Set(rows.map((r) => new Date(Date.parse(r.startedAt) + 14 * 3_600_000).toISOString().slice(0, 10)));
    expect(docs.map((d) => d.date).sort()).toEqual([...localDays].sort());
  });
});

describe('retention', () => {
  it('purges raw rows older than the retention and the roll-ups of their days', async () => {
    const old = normalizeAll(generateGraphRows({ count: 120, from: new Date('2025-09-01T00:00:00Z'), to: new Date('2025-10-31T00:00:00Z'), seed: 5 }));
    await h.ingestCalls([...rows, ...old]);
    const before = await totals({ from: '2025-09-01', to: '2026-09-30' });
    expect(before.aggregate.totals.calls).toBeGreaterThan(120);
    // Now is 2026-11-22: with 13 months kept, everything before 2025-10-22 goes.
    const { rowsDeleted } = await h.maintenance.purgeExpired(TENANT);
    const expired = old.filter((r) => r.startedAt < '2025-10-22');
    expect(rowsDeleted).toBe(expired.length);
    expect(await entityCount('pstnCalls')).toBe(rows.length + old.length - expired.length);
    const after = await totals({ from: '2025-09-01', to: '2026-09-30' });
    expect(after.aggregate.totals.calls).toBe(before.aggregate.totals.calls - expired.length);
    const oldDocs = await h.rollupStore.readDays(TENANT, ['2025-09', '2025-10'], '2025-09-01', '2025-10-21');
    expect(oldDocs).toEqual([]);
    expect((await h.maintenance.purgeExpired(TENANT)).rowsDeleted).toBe(0);
  });
});

describe('erasing a user', () => {
  it("removes the person from their rows and the roll-ups, keeps the money, and erases rows that arrive again", async () => {
    await h.ingestCalls(rows);
    const organizerOf = async () => {
      const outcome = await h.queries.query({ tenantId: TENANT, range: { preset: '13m' }, groupBy: 'organizer', filter: {}, top: 100 });
      if (!outcome.ok) throw new Error('range');
      return outcome.answer.aggregate;
    };
    const before = await organizerOf();
    const victim = 'c0000000-0000-4000-8000-000000000003';
    expect(before.groups.some((g) => g.key === victim)).toBe(true);
    const { rowsErased } = await h.maintenance.eraseUser(TENANT, victim.toUpperCase());
    expect(rowsErased).toBeGreaterThan(0);
    const after = await organizerOf();
    expect(after.groups.some((g) => g.key === victim)).toBe(false);
    expect(after.totals).toEqual(before.totals);
    expect(await h.calls.findByUser(TENANT, victim)).toEqual([]);

    await h.ingestCalls(rows.filter((r) => r.userId === victim));
    expect(await h.calls.findByUser(TENANT, victim)).toEqual([]);
    expect((await organizerOf()).totals).toEqual(before.totals);
  });
});

describe('the charge feed for credits', () => {
  it('streams credit charges by call start in [from, to), sums daily spend, and reports freshness', async () => {
    await h.ingestCalls(rows);
    const from = new Date('2026-10-01T00:00:00Z');
    const to = new Date('2026-10-08T00:00:00Z');
    const expected = rows.filter((r) => r.startedAt >= from.toISOString() && r.startedAt < to.toISOString());
    const charges = [];
    for await (const c of h.feed.creditCharges(TENANT, from, to)) charges.push(c);
    expect(charges.reduce((s, c) => s + c.amount.micros, 0n)).toBe(credit(expected));
    expect(new Set(charges.map((c) => c.id)).size).toBe(charges.length);
    expect(charges.every((c) => c.amount.micros > 0n)).toBe(true);

    const spend = await h.feed.dailySpend(TENANT, '2026-10-01', '2026-10-07', 'USD');
    expect(spend.reduce((s, d) => s + d.spend.micros, 0n)).toBe(credit(expected));
    for (const d of spend) expect(d.spend.micros).toBe(credit(expected.filter((r) => r.startedAt.startsWith(d.date))));
    expect(await h.feed.dailySpend(TENANT, '2026-10-01', '2026-10-07', 'EUR')).toEqual([]);

    const freshness = await h.feed.freshness(TENANT);
    expect(freshness.newestCallAt).toBe([...rows].map((r) => r.startedAt).sort().pop());
    expect(freshness.lastError).toBeNull();
  });
});

describe('dial-in attribution across runs', () => {
  it('attributes a dial-in that arrives in a later run, on another day, through the conference index', async () => {
    const named = normalizeAll([{ ...graphRow({ ...CALLS.ppmTollDialIn!, start: '2026-11-10T23:50:00Z', callType: 'conf_out', numberType: null }) }]);
    await h.ingestCalls(named);
    const unnamed = normalizeAll([{ ...graphRow({ ...CALLS.tollFreeDialInUnnamed!, start: '2026-11-11T00:05:00Z' }) }]);
    await h.ingestCalls(unnamed);
    const [stored] = await h.calls.readUtcDay(TENANT, '2026-11-11');
    expect(stored).toMatchObject({ attribution: 'via-conference', organizer: { userId: 'a0000000-0000-4000-8000-000000000001' } });
    const outcome = await h.queries.query({ tenantId: TENANT, range: { from: '2026-11-11', to: addDays('2026-11-11', 0) }, groupBy: 'organizer', filter: {}, top: 10 });
    expect(outcome.ok && outcome.answer.aggregate.groups[0]?.organizer).toMatchObject({ id: 'a0000000-0000-4000-8000-000000000001', attribution: 'via-conference' });
  });
});
