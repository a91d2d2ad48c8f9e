import { localDateOf, localDateOfMs, localDayBoundsMs, localMidnightMs, utcDatesOfLocalDay } from '../../bot/usage/tenant-time';
import { resolveUsageRange, monthsOfRange } from '../../bot/usage/usage-range';

describe('dates in the tenant time zone', () => {
  it.each([
    ['2026-03-10T03:59:59Z', 'America/New_York', '2026-03-09'],
    ['2026-03-10T04:00:00Z', 'America/New_York', '2026-03-10'],
    ['2026-03-10T10:00:00Z', 'Pacific/Kiritimati', '2026-03-11'],
    ['2026-03-10T10:59:00Z', 'Pacific/Pago_Pago', '2026-03-09'],
    ['2026-03-10T18:29:00Z', 'Asia/Kolkata', '2026-03-10'],
    ['2026-03-10T18:30:00Z', 'Asia/Kolkata', '2026-03-11'],
  ])('%s is %s local date %s', (instant, tz, date) => {
    expect(localDateOf(instant, tz)).toBe(date);
  });

  // Moved from the deleted bot/credits/tenant-calendar.ts tests (credits now dates through these functions).
  it.each([
    ['2026-11-01T03:30:00Z', 'America/New_York', '2026-10-31'],
    ['2026-11-01T04:00:00Z', 'America/New_York', '2026-11-01'],
    ['2026-11-20T15:30:00Z', 'Asia/Tokyo', '2026-11-21'],
    ['2026-11-20T23:59:59Z', 'UTC', '2026-11-20'],
    ['2026-03-29T00:30:00Z', 'Europe/Paris', '2026-03-29'],
  ])('%s is %s on %s', (instant, zone, date) => {
    expect(localDateOf(instant, zone)).toBe(date);
    expect(localDateOfMs(Date.parse(instant), zone)).toBe(date);
  });

  it.each([
    ['2026-11-01', 'America/New_York', '2026-11-01T04:00:00.000Z'], // DST ends that night: midnight is still EDT
    ['2026-11-02', 'America/New_York', '2026-11-02T05:00:00.000Z'],
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z'], // DST starts at 02:00, after midnight
    ['2026-03-29', 'Europe/Paris', '2026-03-28T23:00:00.000Z'],
    ['2026-11-21', 'Asia/Kolkata', '2026-11-20T18:30:00.000Z'],
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z'], // no local midnight: clocks jump 00:00 → 01:00
  ])('%s starts in %s at %s', (date, zone, instant) => {
    expect(new Date(localMidnightMs(date, zone)).toISOString()).toBe(instant);
  });

  it('knows DST days are 23 and 25 hours long', () => {
    const spring = localDayBoundsMs('2026-03-08', 'America/New_York');
    const autumn = localDayBoundsMs('2026-11-01', 'America/New_York');
    expect((spring.endMs - spring.startMs) / 3_600_000).toBe(23);
    expect((autumn.endMs - autumn.startMs) / 3_600_000).toBe(25);
    expect(new Date(spring.startMs).toISOString()).toBe('2026-03-08T05:00:00.000Z');
  });

  it('finds the UTC call partitions of a local day on both sides of UTC', () => {
    expect(utcDatesOfLocalDay('2026-03-10', 'UTC')).toEqual(['2026-03-10']);
    expect(utcDatesOfLocalDay('2026-03-10', 'America/New_York')).toEqual(['2026-03-10', '2026-03-11']);
    expect(utcDatesOfLocalDay('2026-03-10', 'Pacific/Kiritimati')).toEqual(['2026-03-09', '2026-03-10']);
  });
});

describe('usage ranges', () => {
  const today = '2026-11-22';
  it.each([
    [{ preset: '7d' }, '2026-11-16', '2026-11-22'],
    [{ preset: 'month' }, '2026-11-01', '2026-11-22'],
    [{ preset: 'last-month' }, '2026-10-01', '2026-10-31'],
    [{ preset: '13m' }, '2025-11-01', '2026-11-22'],
    [{}, '2026-11-01', '2026-11-22'],
    [{ from: '2025-11-05', to: '2026-11-30' }, '2025-11-05', '2026-11-30'],
  ])('%j is %s..%s', (input, from, to) => {
    expect(resolveUsageRange(input, today)).toMatchObject({ ok: true, from, to });
  });

  it.each([
    [{ from: '2025-10-31', to: '2026-11-01' }, 'range-too-long'],
    [{ from: '2026-11-02', to: '2026-11-01' }, 'from-after-to'],
    [{ from: '2026-02-30' }, 'invalid-date'],
    [{ preset: 'forever' }, 'unknown-preset'],
  ])('refuses %j (%s)', (input, problem) => {
    expect(resolveUsageRange(input, today)).toEqual({ ok: false, problem });
  });

  it('lists the months a range touches', () => {
    expect(monthsOfRange('2025-12-15', '2026-02-01')).toEqual(['2025-12', '2026-01', '2026-02']);
    expect(monthsOfRange('9999-11-01', '9999-12-31')).toEqual(['9999-11', '9999-12']);
    expect(monthsOfRange('2026-03-01', '2026-02-28')).toEqual([]);
  });
});
