import { understand } from '../../../bot/conversation/understanding';
import { calendarDateIn, dateRangeFor, firstDayOfWeek } from '../../../bot/conversation/understanding/date.range.calendar';

// Wednesday 12 March 2025, 15:00 UTC.
const NOW = new Date('2025-03-12T15:00:00Z');

function rangeOf(text: string, locale = 'en-US', timeZone = 'Europe/Paris', now = NOW) {
  return understand(text, { locale, now, timeZone }).entities.range;
}

describe('date ranges', () => {
  it.each([
    ['last month', 'en-US', { label: 'lastMonth', from: '2025-02-01', to: '2025-02-28' }],
    ['this month', 'en-US', { label: 'thisMonth', from: '2025-03-01', to: '2025-03-12' }],
    ['this week', 'en-US', { label: 'thisWeek', from: '2025-03-09', to: '2025-03-12' }],
    ['cette semaine', 'fr-FR', { label: 'thisWeek', from: '2025-03-10', to: '2025-03-12' }],
    ['last week', 'en-US', { label: 'lastWeek', from: '2025-03-02', to: '2025-03-08' }],
    ['la semaine dernière', 'fr-FR', { label: 'lastWeek', from: '2025-03-03', to: '2025-03-09' }],
    ['last 7 days', 'en-US', { label: 'lastNDays', days: 7, from: '2025-03-06', to: '2025-03-12' }],
    ['past two weeks', 'en-US', { label: 'lastNDays', days: 14, from: '2025-02-27', to: '2025-03-12' }],
    ['les 30 derniers jours', 'fr-FR', { label: 'lastNDays', days: 30, from: '2025-02-11', to: '2025-03-12' }],
    ['nos últimos 3 dias', 'pt-BR', { label: 'lastNDays', days: 3, from: '2025-03-10', to: '2025-03-12' }],
    ['mês passado', 'pt-BR', { label: 'lastMonth', from: '2025-02-01', to: '2025-02-28' }],
    ['в прошлом месяце', 'ru-RU', { label: 'lastMonth', from: '2025-02-01', to: '2025-02-28' }],
    ['за последние две недели', 'ru-RU', { label: 'lastNDays', days: 14, from: '2025-02-27', to: '2025-03-12' }],
    ['上个月', 'zh-CN', { label: 'lastMonth', from: '2025-02-01', to: '2025-02-28' }],
    ['本週', 'zh-TW', { label: 'thisWeek', from: '2025-03-09', to: '2025-03-12' }],
    ['最近十四天', 'zh-CN', { label: 'lastNDays', days: 14, from: '2025-02-27', to: '2025-03-12' }],
  ])('reads %j (%s)', (text, locale, range) => {
    expect(rangeOf(text, locale)).toEqual(range);
  });

  it.each(['my costs', 'last 0 days', 'last 5000 days', 'next month'])('finds no range in %j', (text) => {
    expect(rangeOf(text)).toBeUndefined();
  });

  it('dates "this month" in the tenant time zone, not in UTC', () => {
    const lateOnMarch31Utc = new Date('2025-03-31T22:30:00Z');
    expect(rangeOf('this month', 'en-US', 'Asia/Shanghai', lateOnMarch31Utc)).toEqual({ label: 'thisMonth', from: '2025-04-01', to: '2025-04-01' });
    expect(rangeOf('this month', 'en-US', 'America/New_York', lateOnMarch31Utc)).toEqual({ label: 'thisMonth', from: '2025-03-01', to: '2025-03-31' });
  });

  it('crosses the year for "last month" in January', () => {
    expect(rangeOf('last month', 'en-US', 'UTC', new Date('2025-01-15T12:00:00Z'))).toEqual({ label: 'lastMonth', from: '2024-12-01', to: '2024-12-31' });
  });

  it('falls back to UTC for an unknown time zone, and to no range for an invalid clock', () => {
    expect(calendarDateIn(NOW, 'Not/AZone')).toBe('2025-03-12');
    expect(calendarDateIn(new Date(Number.NaN), 'UTC')).toBeUndefined();
    expect(rangeOf('last month', 'en-US', 'UTC', new Date(Number.NaN))).toBeUndefined();
  });

  it.each([
    ['en-US', 0],
    ['pt-BR', 0],
    ['zh-TW', 0],
    ['fr-FR', 1],
    ['ru-RU', 1],
    ['en-GB', 1],
    ['zh-CN', 1],
  ])('starts the week of %s on day %d (0 = Sunday)', (locale, day) => {
    expect(firstDayOfWeek(locale)).toBe(day);
  });

  it('counts the last N days including today', () => {
    expect(dateRangeFor({ start: 0, end: 0, label: 'lastNDays', days: 1 }, '2025-03-12', 1)).toEqual({ label: 'lastNDays', days: 1, from: '2025-03-12', to: '2025-03-12' });
  });
});
