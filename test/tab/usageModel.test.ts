import type { UsageFiguresJson, UsageGroupJson, UsageResponse } from '../../bot/api/contracts';
import { stackDays, type ChartFormat } from '../../tab/src/usage/chartModel';
import { monthComparison } from '../../tab/src/overview/monthComparison';
import { NO_FILTERS, usagePath } from '../../tab/src/usage/usageQuery';
import { buildCsv } from '../../tab/src/usage/csv';
import { usageCsvColumns, usageRows } from '../../tab/src/usage/usageTable';
import type { UsageNames } from '../../tab/src/usage/usageNames';

const money = (amount: string) => ({ amount, currency: 'USD' });
function figures(total: string, seconds = 0, calls = 0): UsageFiguresJson {
  return { calls, seconds, minutes: Math.round((seconds / 60) * 100) / 100, charge: money(total), connectionCharge: money('0.00'), total: money(total), creditCharge: money(total) };
}
function answer(groupBy: UsageResponse['groupBy'], groups: UsageGroupJson[], extra: Partial<UsageResponse> = {}): UsageResponse {
  const zero = figures('0.00');
  return {
    range: { from: '2025-02-01', to: '2025-02-28', preset: 'last-month' },
    timeZone: 'UTC',
    currency: 'USD',
    scope: 'tenant',
    groupBy,
    filters: { callKind: [], country: [], organizer: null, ppmOnly: false },
    ignoredFilters: [],
    totals: zero,
    groups,
    rest: null,
    groupCount: groups.length,
    otherCurrencies: [],
    monthToDate: { from: '2025-03-01', to: '2025-03-03', figures: zero },
    data: { lastSyncAt: null, newestCallAt: null, lastError: null, lastErrorAt: null },
    ...extra,
  };
}

describe('usage query paths', () => {
  it.each([
    [{ range: { kind: 'preset', preset: '28d' }, groupBy: 'day', filters: NO_FILTERS }, '/usage?groupBy=day&preset=28d'],
    [
      { range: { kind: 'custom', range: { from: '2025-01-01', to: '2025-01-31' } }, groupBy: 'country', filters: { callKind: 'ppm', country: null, organizer: 'u1' }, top: 100 },
      '/usage?groupBy=country&from=2025-01-01&to=2025-01-31&callKind=dial-in-toll%2Cdial-in-toll-free%2Cdial-out&organizer=u1&top=100',
    ],
    [{ range: { kind: 'preset', preset: '7d' }, groupBy: 'day', filters: { callKind: 'dial-out', country: 'GB', organizer: null }, onlyKinds: ['dial-out'] }, '/usage?groupBy=day&preset=7d&callKind=dial-out&country=GB'],
  ] as const)('asks %o as %s', (request, path) => {
    expect(usagePath(request)).toBe(path);
  });

  it('asks nothing for a chart series the call-kind filter excludes', () => {
    expect(usagePath({ range: { kind: 'preset', preset: '7d' }, groupBy: 'day', filters: { ...NO_FILTERS, callKind: 'dial-out' }, onlyKinds: ['dial-in-toll'] })).toBeNull();
  });
});

describe('stacked days', () => {
  const format: ChartFormat = {
    money: (a) => `$${a}`,
    minutes: (m) => `${m} min`,
    axisLabel: (day) => day.slice(5),
    dayLabel: (day) => day,
  };
  const day = (key: string, total: string, seconds: number): UsageGroupJson => ({ key, figures: figures(total, seconds) });

  it('stacks one value per series per day, with exact totals and the peak day', () => {
    const toll = answer('day', [day('2025-03-01', '0.10', 60), day('2025-03-02', '0.20', 120)]);
    const dialOut = answer('day', [day('2025-03-01', '0.20', 30), day('2025-03-02', '0.00', 0)]);
    const spend = stackDays([toll, null, dialOut], 'spend', format);
    expect(spend.columns.map((c) => c.values)).toEqual([
      [0.1, 0, 0.2],
      [0.2, 0, 0],
    ]);
    expect(spend.columns.map((c) => c.totalDisplay)).toEqual(['$0.300000', '$0.200000']);
    expect(spend.total).toBe('$0.500000');
    expect(spend.peak).toEqual({ day: '2025-03-01', amount: '$0.300000' });

    const minutes = stackDays([toll, null, dialOut], 'minutes', format);
    expect(minutes.columns.map((c) => c.values)).toEqual([
      [1, 0, 0.5],
      [2, 0, 0],
    ]);
    expect(minutes.total).toBe('3.5 min');
    expect(minutes.peak).toEqual({ day: '2025-03-02', amount: '2 min' });
  });

  it('has no peak when nothing was spent', () => {
    expect(stackDays([answer('day', [day('2025-03-01', '0.00', 0)])], 'spend', format).peak).toBeNull();
    expect(stackDays([], 'spend', format).columns).toEqual([]);
  });
});

describe('month comparison', () => {
  it('compares month-to-date with the same days of last month, exactly', () => {
    const lastMonth = answer(
      'day',
      [
        { key: '2025-02-01', figures: figures('10.10') },
        { key: '2025-02-02', figures: figures('0.20') },
        { key: '2025-02-03', figures: figures('5.00') },
        { key: '2025-02-04', figures: figures('99.00') },
      ],
      { totals: figures('114.30'), monthToDate: { from: '2025-03-01', to: '2025-03-03', figures: figures('20.00') } },
    );
    expect(monthComparison(lastMonth, money('300.00'))).toEqual({
      month: '2025-03',
      monthToDate: money('20.00'),
      lastMonth: '2025-02',
      lastMonthSamePeriod: { amount: '15.300000', currency: 'USD' },
      lastMonthTotal: money('114.30'),
      projectedTotal: money('300.00'),
    });
  });
});

describe('usage table and its CSV', () => {
  const names: UsageNames = {
    callKind: (k) => `kind:${k}`,
    country: (c) => (c ? `country:${c}` : 'unknown'),
    organizer: (g) => g.organizer?.displayName ?? 'unattributed',
    conference: (g) => `meeting:${g.key}`,
  };

  it('writes the rows in the order given, raw values and a currency column, the rest row marked', () => {
    const byCountry = answer('country', [
      { key: 'GB', figures: figures('12.50', 600, 3) },
      { key: null, figures: figures('1.00', 60, 1) },
    ], { rest: figures('0.25', 30, 1) });
    const rows = usageRows(byCountry, names, 'All others');
    expect(rows.map((r) => [r.key, r.name, r.rest])).toEqual([
      ['GB', 'country:GB', false],
      [null, 'unknown', false],
      [null, 'All others', true],
    ]);
    const csv = buildCsv(usageCsvColumns('country', true), [rows[1], rows[0], rows[2]].filter((r) => r !== undefined));
    expect(csv.slice(1).split('\r\n')).toEqual([
      'country_code,country_name,is_rest,calls,minutes,seconds,charge,connection_charge,total,credit_charge,currency',
      ',unknown,false,1,1,60,1.00,0.00,1.00,1.00,USD',
      'GB,country:GB,false,3,10,600,12.50,0.00,12.50,12.50,USD',
      ',All others,true,1,0.5,30,0.25,0.00,0.25,0.25,USD',
      '',
    ]);
  });

  it('protects names that look like formulas', () => {
    const byOrganizer = answer('organizer', [
      { key: 'u1', figures: figures('1.00'), organizer: { id: 'u1', displayName: '=cmd()', userPrincipalName: '@evil', attribution: 'direct' } },
    ]);
    const csv = buildCsv(usageCsvColumns('organizer', false), usageRows(byOrganizer, names, 'rest'));
    expect(csv.split('\r\n')[1]).toBe("u1,'=cmd(),'@evil,direct,0,0,0,1.00,0.00,1.00,1.00,USD");
  });
});
