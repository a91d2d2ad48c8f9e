import { forecastSpend, type SpendForecastInput } from '../../../bot/billing/forecast/spend-forecast';
import { dailyRunRate, type DailySpend } from '../../../bot/billing/forecast/run-rate';
import { creditBalanceAt } from '../../../bot/billing/ledger/credit-balance';
import type { AutoRechargeRule, LedgerEntry } from '../../../bot/billing/ledger/ledger-entries';
import { toDecimalString } from '../../../bot/billing/money';
import { addDays, weekdayOf } from '../../../bot/billing/time';
import { usd } from '../support/builders';

const base = { recordedAt: '2025-03-11T08:00:00Z', recordedBy: null };
function balanceFrom(entries: LedgerEntry[], at: string) {
  return creditBalanceAt({ entries, charges: [], at, currency: 'USD' });
}
const day = (date: string, amount: string): DailySpend => ({ date, spend: usd(amount) });
const fmt = (m: { micros: bigint; currency: string }) => toDecimalString(m);

describe('forecast, fixture 1: ten days of history, a flat run-rate (worked by hand)', () => {
  // 10 + 20 + 30 over 1–10 March = 60 / 10 days = 6.00 a day.
  const history = { from: '2025-03-01', to: '2025-03-10', days: [day('2025-03-02', '10'), day('2025-03-05', '20'), day('2025-03-09', '30')] };
  const fifty = balanceFrom(
    [
      { ...base, id: 'S1', kind: 'snapshot', asOf: '2025-03-10T23:59:59Z', balance: usd('50') },
      { ...base, id: 'P1', kind: 'purchase', purchasedAt: '2025-01-01T00:00:00Z', amount: usd('50'), origin: 'manual' },
    ],
    '2025-03-11T00:00:00Z',
  );
  const input = (over: Partial<SpendForecastInput> = {}): SpendForecastInput => ({
    history,
    currency: 'USD',
    windowDays: 28,
    today: '2025-03-12',
    balance: fifty,
    autoRecharge: null,
    ...over,
  });

  it('averages the days it has, and says there are ten', () => {
    const f = forecastSpend(input());
    expect(f.runRate).toEqual({ kind: 'flat', perDay: usd('6'), window: { from: '2025-03-01', to: '2025-03-10' }, historyDays: 10 });
  });

  it('runs out on 19 March: 50 − 9 × 6 < 0', () => {
    expect(forecastSpend(input()).runOut).toEqual({ kind: 'date', date: '2025-03-19', historyDays: 10 });
    expect(forecastSpend(input()).nextAutoRecharge).toEqual({ kind: 'not-applicable', why: 'no-auto-recharge', historyDays: 10 });
  });

  it('projects month-end spend: 60 actual + 21 days × 6 = 186', () => {
    const m = forecastSpend(input()).monthEnd;
    expect([m.month, fmt(m.actual), m.actualDays, fmt(m.projected), m.projectedDays, fmt(m.total), m.historyDays]).toEqual(['2025-03', '60.00', 10, '126.00', 21, '186.00', 10]);
  });

  it('with auto-recharge below 20, recharges on 16 March (50 − 6 × 6 = 14) and never runs out', () => {
    const rule: AutoRechargeRule = { trigger: usd('20'), amount: usd('100') };
    const f = forecastSpend(input({ autoRecharge: rule }));
    expect(f.nextAutoRecharge).toEqual({ kind: 'date', date: '2025-03-16', historyDays: 10 });
    expect(f.runOut).toEqual({ kind: 'not-within-horizon', horizonDays: 366, historyDays: 10 });
  });

  it('runs out early when the lot expires: 26 left is forfeited on 14 March', () => {
    const expiring = balanceFrom(
      [
        { ...base, id: 'S1', kind: 'snapshot', asOf: '2025-03-10T23:59:59Z', balance: usd('50') },
        { ...base, id: 'P1', kind: 'purchase', purchasedAt: '2024-03-14T00:00:00Z', amount: usd('50'), origin: 'manual' },
      ],
      '2025-03-11T00:00:00Z',
    );
    expect(forecastSpend(input({ balance: expiring })).runOut).toEqual({ kind: 'date', date: '2025-03-14', historyDays: 10 });
  });

  it.each([
    ['no balance (postpaid)', { balance: null }, { kind: 'not-applicable', why: 'no-balance', historyDays: 10 }],
    ['no snapshot', { balance: balanceFrom([], '2025-03-11T00:00:00Z') }, { kind: 'not-applicable', why: 'no-balance', historyDays: 10 }],
    ['no history', { history: { from: '2025-03-11', to: '2025-03-10', days: [] } }, { kind: 'not-applicable', why: 'no-history', historyDays: 0 }],
  ])('projects no run-out with %s', (_name, over, expected) => {
    expect(forecastSpend(input(over as Partial<SpendForecastInput>)).runOut).toEqual(expected);
  });
});

describe('forecast, fixture 2: eight weeks of history, weekday-aware (worked by hand)', () => {
  // 3 Feb (a Monday) to 30 March (a Sunday). The last four weeks: weekdays 10, weekends 1; before them, 50 a day.
  const days: DailySpend[] = [];
  for (let d = '2025-02-03'; d <= '2025-03-30'; d = addDays(d, 1)) {
    const inWindow = d >= '2025-03-03';
    const weekend = weekdayOf(d) === 0 || weekdayOf(d) === 6;
    days.push(day(d, inWindow ? (weekend ? '1' : '10') : '50'));
  }
  const history = { from: '2025-02-03', to: '2025-03-30', days };
  const balance = balanceFrom([{ ...base, id: 'S1', kind: 'snapshot', asOf: '2025-03-30T23:59:59Z', balance: usd('35') }], '2025-03-31T00:00:00Z');
  const f = forecastSpend({ history, currency: 'USD', windowDays: 28, today: '2025-03-31', balance, autoRecharge: null });

  it('averages each weekday over the last four whole weeks', () => {
    expect(f.runRate.kind).toBe('weekday-aware');
    if (f.runRate.kind !== 'weekday-aware') return;
    expect(f.runRate.byWeekday.map(fmt)).toEqual(['1.00', '10.00', '10.00', '10.00', '10.00', '10.00', '1.00']);
    // (4 weeks × (5 × 10 + 2 × 1)) / 28 = 208 / 28
    expect(fmt(f.runRate.perDay)).toBe('7.428571');
    expect(f.runRate.window).toEqual({ from: '2025-03-03', to: '2025-03-30' });
    expect(f.runRate.historyDays).toBe(28);
  });

  it('runs out on Thursday 3 April: 35 − 10 − 10 − 10 − 10 < 0', () => {
    expect(f.runOut).toEqual({ kind: 'date', date: '2025-04-03', historyDays: 28 });
  });

  it('projects month-end spend: 100 (1–2 March) + 208 + one Monday of 10', () => {
    expect([fmt(f.monthEnd.actual), f.monthEnd.actualDays, fmt(f.monthEnd.projected), f.monthEnd.projectedDays, fmt(f.monthEnd.total)]).toEqual(['308.00', 30, '10.00', 1, '318.00']);
  });

  it('uses whole weeks of a longer window', () => {
    const rate = dailyRunRate(history, 40, 'USD');
    // 5 whole weeks: 24 Feb–2 Mar at 50 a day, then the four weeks above: (350 + 208) / 35.
    expect(rate).toMatchObject({ kind: 'weekday-aware', historyDays: 35, window: { from: '2025-02-24', to: '2025-03-30' } });
    expect(fmt(rate.kind === 'no-history' ? usd('0') : rate.perDay)).toBe('15.942857');
  });
});
