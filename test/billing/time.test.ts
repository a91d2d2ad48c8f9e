import { addCalendarMonthsMs, addDays, daysBetween, isCalendarDate, lastDayOfMonth, weekdayOf } from '../../bot/billing/time';

describe('calendar helpers', () => {
  it.each([
    ['2024-02-29T10:00:00Z', 12, '2025-02-28T10:00:00.000Z'],
    ['2025-01-31T00:00:00Z', 1, '2025-02-28T00:00:00.000Z'],
    ['2025-03-15T12:30:00Z', 12, '2026-03-15T12:30:00.000Z'],
    ['2024-12-31T23:59:59Z', 2, '2025-02-28T23:59:59.000Z'],
  ])('adds months to %s: +%i = %s, clamped to the month end', (from, months, expected) => {
    expect(new Date(addCalendarMonthsMs(Date.parse(from), months)).toISOString()).toBe(expected);
  });

  it.each([
    ['2025-02-29', false],
    ['2024-02-29', true],
    ['2025-13-01', false],
    ['2025-1-01', false],
  ])('isCalendarDate(%s) is %s', (text, expected) => expect(isCalendarDate(text)).toBe(expected));

  it('counts and steps days across month ends', () => {
    expect(addDays('2025-02-27', 2)).toBe('2025-03-01');
    expect(daysBetween('2025-02-27', '2025-03-01')).toBe(2);
    expect(lastDayOfMonth('2024-02-10')).toBe('2024-02-29');
    expect(weekdayOf('2025-03-31')).toBe(1);
  });
});
