import { addDays, firstDayOfMonth, lastDayOfMonth, weekdayOf, type CalendarDate } from '../../billing/time';
import type { DateRange } from './understanding.types';
import type { RangeMention } from './date.range.phrases';
import { dateTimeFormat } from '../../billing/intl-cache';

/** The calendar date of an instant in a time zone; an unknown zone falls back to UTC rather than failing the turn. */
export function calendarDateIn(now: Date, timeZone: string): CalendarDate | undefined {
  if (Number.isNaN(now.getTime())) return undefined;
  for (const zone of [timeZone, 'UTC']) {
    try {
      const parts = dateTimeFormat('en-US', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' })
        .formatToParts(now);
      const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
      return `${part('year')}-${part('month')}-${part('day')}`;
    } catch {
      // An invalid IANA name: try the next zone.
    }
  }
  return undefined;
}

interface WeekInfo {
  firstDay: number;
}

/** 0 = Sunday … 6 = Saturday. "This week" starts on Sunday in en-US, pt-BR and zh-TW, on Monday in fr-FR and ru-RU. */
export function firstDayOfWeek(formatLocale: string): number {
  try {
    const locale = new Intl.Locale(formatLocale) as Intl.Locale & { weekInfo?: WeekInfo; getWeekInfo?: () => WeekInfo };
    const info = typeof locale.getWeekInfo === 'function' ? locale.getWeekInfo() : locale.weekInfo;
    if (info && Number.isInteger(info.firstDay)) return info.firstDay % 7;
  } catch {
    // An unknown tag: fall through to ISO weeks.
  }
  return 1;
}

/** Turns a named period into dates, both ends included, relative to today in the tenant's time zone. */
export function dateRangeFor(mention: RangeMention, today: CalendarDate, weekStartsOn: number): DateRange {
  const weekStart = addDays(today, -((weekdayOf(today) - weekStartsOn + 7) % 7));
  switch (mention.label) {
    case 'thisMonth':
      return { label: 'thisMonth', from: firstDayOfMonth(today), to: today };
    case 'lastMonth': {
      const lastOfPrevious = addDays(firstDayOfMonth(today), -1);
      return { label: 'lastMonth', from: firstDayOfMonth(lastOfPrevious), to: lastDayOfMonth(lastOfPrevious) };
    }
    case 'thisWeek':
      return { label: 'thisWeek', from: weekStart, to: today };
    case 'lastWeek':
      return { label: 'lastWeek', from: addDays(weekStart, -7), to: addDays(weekStart, -1) };
    case 'lastNDays': {
      const days = mention.days ?? 1;
      return { label: 'lastNDays', days, from: addDays(today, -(days - 1)), to: today };
    }
  }
}
