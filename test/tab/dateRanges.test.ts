import { addDays, checkCustomRange, daysInRange, eachDay, firstOfMonth, isCalendarDate, presetRange, todayIn } from '../../tab/src/usage/dateRanges';
import { labelEvery, niceStep, niceTicks } from '../../tab/src/charts/chartScale';

describe('usage date ranges', () => {
  it.each([
    ['7d', '2025-03-15', '2025-03-09', '2025-03-15'],
    ['28d', '2025-03-15', '2025-02-16', '2025-03-15'],
    ['month', '2025-03-15', '2025-03-01', '2025-03-15'],
    ['13m', '2025-03-15', '2024-03-01', '2025-03-15'],
    ['13m', '2025-12-31', '2024-12-01', '2025-12-31'],
    ['7d', '2024-03-03', '2024-02-26', '2024-03-03'],
  ] as const)('%s ending %s runs from %s to %s', (preset, today, from, to) => {
    expect(presetRange(preset, today)).toEqual({ from, to });
  });

  it('counts and lists days across month and leap-year ends', () => {
    expect(daysInRange({ from: '2024-02-27', to: '2024-03-01' })).toBe(4);
    expect(eachDay({ from: '2024-02-27', to: '2024-03-01' })).toEqual(['2024-02-27', '2024-02-28', '2024-02-29', '2024-03-01']);
    expect(addDays('2025-01-01', -1)).toBe('2024-12-31');
    expect(firstOfMonth('2025-01-20', 1)).toBe('2024-12-01');
  });

  it.each([
    ['2025-02-30', false],
    ['2025-2-3', false],
    ['2024-02-29', true],
  ])('knows whether %s is a date', (value, ok) => {
    expect(isCalendarDate(value)).toBe(ok);
  });

  it.each([
    ['2025-03-01', '2025-03-10', null],
    ['', '2025-03-10', 'invalid'],
    ['2025-03-10', '2025-03-01', 'order'],
    ['2025-03-01', '2025-03-16', 'future'],
    ['2024-03-01', '2025-03-15', null],
    ['2024-02-29', '2025-03-15', 'tooLong'],
  ] as const)('checks a custom range %s..%s → %p', (from, to, problem) => {
    expect(checkCustomRange(from, to, '2025-03-15')).toBe(problem);
  });

  it('takes today in the tenant time zone', () => {
    const lateUtc = new Date('2025-03-01T03:30:00Z');
    expect(todayIn('America/New_York', lateUtc)).toBe('2025-02-28');
    expect(todayIn('Asia/Taipei', lateUtc)).toBe('2025-03-01');
  });
});

describe('chart scales', () => {
  it.each([
    [0.7, 1],
    [1.3, 2],
    [2.2, 2.5],
    [3, 5],
    [7, 10],
    [130, 200],
  ])('rounds a step of %p up to %p', (rough, nice) => {
    expect(niceStep(rough)).toBeCloseTo(nice, 9);
  });

  it('ticks from zero to a nice top at or above the maximum', () => {
    expect(niceTicks(283)).toEqual([0, 100, 200, 300]);
    expect(niceTicks(0)).toEqual([0, 0.25, 0.5, 0.75, 1]);
    expect(niceTicks(7600)).toEqual([0, 2000, 4000, 6000, 8000]);
  });

  it('thins labels to what fits', () => {
    expect(labelEvery(28, 560, 72)).toBe(4);
    expect(labelEvery(7, 560, 72)).toBe(1);
    expect(labelEvery(0, 560, 72)).toBe(1);
  });
});
