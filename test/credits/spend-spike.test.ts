import { spendSpike } from '../../bot/credits/spend-spike';
import type { DailySpend } from '../../bot/billing/forecast/run-rate';
import { addDays } from '../../bot/billing/time';
import { usd } from './support/tenant';

/** `days` days of `perDay` ending the day before `last`, then `lastSpend` on `last`. */
function history(days: number, perDay: string, last: string, lastSpend: string) {
  const from = addDays(last, -days);
  const list: DailySpend[] = [];
  for (let i = 0; i < days; i += 1) list.push({ date: addDays(from, i), spend: usd(perDay) });
  list.push({ date: last, spend: usd(lastSpend) });
  return { from, to: last, days: list };
}

describe('spendSpike: the last complete day against the trailing 28-day average', () => {
  it.each([
    ['well above 3× the usual day', 28, '10', '30.01', 3, 'spike'],
    ['exactly 3× is not above it', 28, '10', '30', 3, 'normal'],
    ['a usual day', 28, '10', '12', 3, 'normal'],
    ['a fractional factor, 1.5×', 28, '10', '15.01', 1.5, 'spike'],
    ['a week of baseline is enough', 7, '10', '40', 3, 'spike'],
  ])('%s', (_name, days, perDay, lastSpend, factor, kind) => {
    const result = spendSpike(history(days, perDay, '2026-11-18', lastSpend), factor, 'USD');
    expect(result).toEqual(expect.objectContaining({ kind, day: '2026-11-18', spend: usd(lastSpend), baseline: usd(perDay), factor }));
  });

  it('uses only the 28 days before the day as its baseline', () => {
    const h = history(40, '10', '2026-11-18', '100');
    const quiet = { ...h, days: h.days.map((d) => (d.date < addDays('2026-11-18', -28) ? { ...d, spend: usd('1000') } : d)) };
    expect(spendSpike(quiet, 3, 'USD')).toEqual(expect.objectContaining({ kind: 'spike', baseline: usd('10'), baselineDays: 28 }));
  });

  it.each([
    ['no history at all', { from: '2026-11-19', to: '2026-11-18', days: [] }, 'no-history'],
    ['under a week of baseline', history(6, '10', '2026-11-18', '100'), 'short-history'],
    ['a baseline of nothing spent', history(28, '0', '2026-11-18', '5'), 'no-baseline-spend'],
  ])('claims nothing with %s', (_name, h, why) => {
    expect(spendSpike(h, 3, 'USD')).toEqual({ kind: 'unknown', why });
  });
});
