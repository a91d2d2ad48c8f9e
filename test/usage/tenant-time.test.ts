import { localDateOf, localDayBoundsMs, utcDatesOfLocalDay } from '../../bot/usage/tenant-time';
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
  });
});
