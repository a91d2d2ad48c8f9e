/**
 * Every number, amount, date and country name the tab shows goes through these Intl-based formatters, built once per
 * session for the user's format locale and the tenant's currency and time zone.
 */

/** A decimal amount as the API sends it: a string such as "1234.567891", never a float. */
export type DecimalString = string;

export interface Formatters {
  readonly locale: string;
  number(value: number | DecimalString, maximumFractionDigits?: number): string;
  /** Money for display, rounded to the currency's usual digits. */
  money(amount: DecimalString | number, currency?: string): string;
  /** Axis ticks: "$1.2K". */
  moneyCompact(amount: number, currency?: string): string;
  /** Per-minute rates are sub-cent: keep up to 4 fraction digits. */
  rate(amount: DecimalString | number, currency?: string): string;
  percent(ratio: number): string;
  /** A calendar day in the tenant's time zone. */
  date(value: Date | string): string;
  dateTime(value: Date | string): string;
  /** A calendar day as the API sends it ("2025-03-01"): no time zone shift. */
  calendarDate(value: string, style?: 'medium' | 'long' | 'short'): string;
  /** "Mar 3" for chart axes. */
  dayShort(value: string): string;
  /** "2025-03" → "March 2025"; `short` → "Mar 2025". */
  month(value: string, style?: 'long' | 'short'): string;
  /** Whole days from today: "tomorrow", "in 18 days". */
  inDays(days: number): string;
  /** "in 3 days", "2 hours ago" */
  relative(value: Date | string, now: Date): string;
  /** ISO 3166 alpha-2 code to a localized country or region name; unknown codes come back unchanged. */
  country(code: string): string;
}

export interface FormatterOptions {
  locale: string;
  currency: string;
  timeZone: string;
}

function toDate(value: Date | string): Date {
  return value instanceof Date ? value : new Date(value);
}

/** Intl accepts exact decimal strings (ES2023), which keeps sub-cent amounts exact up to display rounding. */
function toIntlNumber(value: number | DecimalString): number | `${number}` {
  return typeof value === 'number' ? value : (value.trim() as `${number}`);
}

/** "2025-03-01" → that day at 00:00 UTC. */
function calendarDay(value: string): Date {
  return new Date(`${value.slice(0, 10)}T00:00:00Z`);
}

const RELATIVE_UNITS: ReadonlyArray<[Intl.RelativeTimeFormatUnit, number]> = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
  ['second', 1],
];

export function createFormatters({ locale, currency, timeZone }: FormatterOptions): Formatters {
  const numberFormats = new Map<string, Intl.NumberFormat>();
  const cached = (key: string, make: () => Intl.NumberFormat): Intl.NumberFormat => {
    let format = numberFormats.get(key);
    if (!format) {
      format = make();
      numberFormats.set(key, format);
    }
    return format;
  };
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone });
  const calendarFormats = new Map<string, Intl.DateTimeFormat>();
  const calendarFormat = (key: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat => {
    let format = calendarFormats.get(key);
    if (!format) {
      // Calendar days are dates, not instants: read and written in UTC so no zone moves them.
      format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
      calendarFormats.set(key, format);
    }
    return format;
  };
  const relativeFormat = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  let regionNames: Intl.DisplayNames | undefined;

  return {
    locale,
    number: (value, maximumFractionDigits = 2) =>
      cached(`n${maximumFractionDigits}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits })).format(
        toIntlNumber(value),
      ),
    money: (amount, code = currency) =>
      cached(`m${code}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: code })).format(
        toIntlNumber(amount),
      ),
    moneyCompact: (amount, code = currency) =>
      cached(
        `c${code}`,
        () => new Intl.NumberFormat(locale, { style: 'currency', currency: code, notation: 'compact', maximumFractionDigits: 1 }),
      ).format(amount),
    rate: (amount, code = currency) =>
      cached(
        `r${code}`,
        () => new Intl.NumberFormat(locale, { style: 'currency', currency: code, maximumFractionDigits: 4 }),
      ).format(toIntlNumber(amount)),
    percent: (ratio) =>
      cached('p', () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 })).format(ratio),
    date: (value) => dateFormat.format(toDate(value)),
    dateTime: (value) => dateTimeFormat.format(toDate(value)),
    calendarDate: (value, style = 'medium') => calendarFormat(`d${style}`, { dateStyle: style }).format(calendarDay(value)),
    dayShort: (value) => calendarFormat('ds', { month: 'short', day: 'numeric' }).format(calendarDay(value)),
    month: (value, style = 'long') =>
      calendarFormat(`m${style}`, { month: style, year: 'numeric' }).format(calendarDay(`${value.slice(0, 7)}-01`)),
    inDays: (days) => relativeFormat.format(days, 'day'),
    relative: (value, now) => {
      const seconds = (toDate(value).getTime() - now.getTime()) / 1000;
      const [unit, size] = RELATIVE_UNITS.find(([, s]) => Math.abs(seconds) >= s) ?? ['second', 1];
      return relativeFormat.format(Math.round(seconds / size), unit);
    },
    country: (code) => {
      const upper = code.trim().toUpperCase();
      if (!/^[A-Z]{2}$/.test(upper)) return code;
      try {
        regionNames ??= new Intl.DisplayNames([locale], { type: 'region' });
        return regionNames.of(upper) ?? code;
      } catch {
        return code;
      }
    },
  };
}
