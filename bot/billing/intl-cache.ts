/**
 * Intl formatters are costly to build (each one resolves locale data) and cheap to reuse: a bot turn formats dozens of
 * amounts, dates and counts. These return one shared formatter per locale and options. The cache is bounded, since
 * locales come from activities; a full cache is cleared, not grown.
 */
const MAX_ENTRIES = 500;

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const timeZones = new Map<string, boolean>();

function remember<T>(cache: Map<string, T>, key: string, make: () => T): T {
  const found = cache.get(key);
  if (found !== undefined) return found;
  const made = make();
  if (cache.size >= MAX_ENTRIES) cache.clear();
  cache.set(key, made);
  return made;
}

/** Like `new Intl.NumberFormat(locale, options)`, shared. Throws as the constructor does (a bad currency code). */
export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return remember(numberFormats, `${locale}\u0000${JSON.stringify(options)}`, () => new Intl.NumberFormat(locale, options));
}

/** Like `new Intl.DateTimeFormat(locale, options)`, shared. Throws as the constructor does (an unknown time zone). */
export function dateTimeFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return remember(dateTimeFormats, `${locale}\u0000${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(locale, options));
}

/** Whether Intl knows this IANA time zone name. */
export function isKnownTimeZone(timeZone: string): boolean {
  return remember(timeZones, timeZone, () => {
    try {
      new Intl.DateTimeFormat('en', { timeZone });
      return true;
    } catch {
      return false;
    }
  });
}
