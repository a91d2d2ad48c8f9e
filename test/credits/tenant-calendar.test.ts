import { localDateOf, startOfLocalDay } from '../../bot/credits/tenant-calendar';

describe('tenant calendar: dates in the tenant time zone', () => {
  it.each([
    ['2026-11-01T03:30:00Z', 'America/New_York', '2026-10-31'],
    ['2026-11-01T04:00:00Z', 'America/New_York', '2026-11-01'],
    ['2026-11-20T15:30:00Z', 'Asia/Tokyo', '2026-11-21'],
    ['2026-11-20T23:59:59Z', 'UTC', '2026-11-20'],
    ['2026-03-29T00:30:00Z', 'Europe/Paris', '2026-03-29'],
  ])('%s is %s on %s', (instant, zone, date) => {
    expect(localDateOf(instant, zone)).toBe(date);
  });

  it.each([
    ['2026-11-01', 'America/New_York', '2026-11-01T04:00:00.000Z'], // DST ends that night: midnight is still EDT
    ['2026-11-02', 'America/New_York', '2026-11-02T05:00:00.000Z'],
    ['2026-03-08', 'America/New_York', '2026-03-08T05:00:00.000Z'], // DST starts at 02:00, after midnight
    ['2026-03-29', 'Europe/Paris', '2026-03-28T23:00:00.000Z'],
    ['2026-11-21', 'Asia/Kolkata', '2026-11-20T18:30:00.000Z'],
    ['2026-09-06', 'America/Santiago', '2026-09-06T04:00:00.000Z'], // no local midnight: clocks jump 00:00 → 01:00
  ])('%s starts in %s at %s', (date, zone, instant) => {
    expect(startOfLocalDay(date, zone).toISOString()).toBe(instant);
  });
});
