/** The demo tenant's usage has the shape issue 6 asks for, and is the same on every run. */
import { weekdayOf } from '../../bot/billing/time';
import { DEMO_USERS } from '../../bot/demo/demo-tenant';
import { generateDemoUsage } from '../../bot/demo/demo-usage';
import { readExportRows } from '../../bot/usage/export-file';
import type { PstnCall } from '../../bot/usage/pstn-call';
import { localDateOf } from '../../bot/usage/tenant-time';

const TZ = 'America/New_York';
const NOW = new Date('2026-11-22T12:00:00Z');

async function parse(csv: string): Promise<PstnCall[]> {
  const calls: PstnCall[] = [];
  for await (const row of readExportRows(csv, 'USD')) {
    if ('problem' in row) throw new Error(`line ${row.line}: ${row.problem.reason} ${row.problem.field ?? ''}`);
    calls.push(row.call);
  }
  return calls;
}

const minutes = (calls: readonly PstnCall[]) => calls.reduce((s, c) => s + c.durationSeconds, 0) / 60;

describe('full demo usage', () => {
  const demo = generateDemoUsage({ size: 'full', now: NOW, timeZone: TZ });
  let calls: PstnCall[];
  beforeAll(async () => {
    calls = await parse(demo.csv);
  }, 60_000);

  it('is 13 months of valid export lines ending 36 hours before now', () => {
    expect(calls).toHaveLength(demo.rows);
    expect(demo.from).toBe('2025-11-01');
    const newest = calls.map((c) => c.startedAt).sort().pop()!;
    expect(newest <= new Date(NOW.getTime() - 36 * 3_600_000).toISOString()).toBe(true);
    expect(new Set(calls.map((c) => localDateOf(c.startedAt, TZ).slice(0, 7))).size).toBe(13);
  });

  it('has the eight demo organizers (those with a licence) plus a few hundred generated ones', () => {
    const organizers = new Set(calls.map((c) => c.userId).filter(Boolean));
    for (const user of DEMO_USERS.filter((u) => u.licence !== 'none')) expect(organizers).toContain(user.aadObjectId);
    expect(organizers.size).toBeGreaterThanOrEqual(200);
    expect(organizers.size).toBeLessThanOrEqual(400);
  });

  it('calls at least 20 countries', () => {
    expect(new Set(calls.map((c) => c.country)).size).toBeGreaterThanOrEqual(20);
    expect(calls.every((c) => c.country !== null)).toBe(true);
  });

  it('has toll-free at 30–50% of dial-in minutes', () => {
    const dialIn = calls.filter((c) => c.callType === 'conf_in');
    const share = minutes(dialIn.filter((c) => c.numberType === 'toll-free')) / minutes(dialIn);
    expect(share).toBeGreaterThanOrEqual(0.3);
    expect(share).toBeLessThanOrEqual(0.5);
  });

  it('has weekday minutes at least 5 times weekend minutes', () => {
    const weekend = calls.filter((c) => [0, 6].includes(weekdayOf(localDateOf(c.startedAt, TZ))));
    expect(minutes(calls) - minutes(weekend)).toBeGreaterThanOrEqual(5 * minutes(weekend));
    expect(weekend.length).toBeGreaterThan(0);
  });

  it('has one spike month at least twice the baseline', () => {
    const byMonth = new Map<string, number>();
    for (const c of calls) {
      const month = localDateOf(c.startedAt, TZ).slice(0, 7);
      byMonth.set(month, (byMonth.get(month) ?? 0) + c.durationSeconds);
    }
    // Whole months only: not the current one.
    const full = [...byMonth].filter(([m]) => m < '2026-11');
    const sorted = full.map(([, s]) => s).sort((a, b) => a - b);
    const baseline = sorted[Math.floor(sorted.length / 2)]!;
    const spikes = full.filter(([, s]) => s >= 2 * baseline);
    expect(spikes.map(([m]) => m)).toEqual([demo.spikeMonth]);
  });

  it('draws on credits beyond meetings too (auto attendant toll-free, calling-plan overage), and has free calls', () => {
    expect(calls.some((c) => c.callType === 'ucap_in' && c.charge.micros > 0n)).toBe(true);
    expect(calls.some((c) => c.callType === 'user_out' && c.capability === 'MCOPSTNPP')).toBe(true);
    expect(calls.some((c) => c.capability === 'FREECALL')).toBe(true);
    // Some dial-ins name nobody: they are attributed through their conference, or stay unattributed.
    expect(calls.some((c) => c.callType === 'conf_in' && c.userId === null)).toBe(true);
  });

  it('is deterministic', () => {
    expect(generateDemoUsage({ size: 'full', now: NOW, timeZone: TZ }).csv).toBe(demo.csv);
  });
});

it('small demo usage keeps tests fast: a few thousand rows, same shape', async () => {
  const demo = generateDemoUsage({ size: 'small', now: NOW, timeZone: TZ });
  expect(demo.rows).toBeGreaterThan(1_000);
  expect(demo.rows).toBeLessThan(5_000);
  const calls = await parse(demo.csv);
  expect(new Set(calls.map((c) => c.country)).size).toBeGreaterThanOrEqual(20);
});
