/**
 * Country or region names as the call logs spell them ("United States": Graph `destinationName`, export
 * "Destination Dialed") to ISO 3166 alpha-2, from Intl.DisplayNames rather than a hand-kept list (architecture
 * "Locales"), plus the few spellings Intl does not use.
 */
const ALIASES: Readonly<Record<string, string>> = {
  'united states of america': 'US',
  usa: 'US',
  uk: 'GB',
  'great britain': 'GB',
  'hong kong sar': 'HK',
  'hong kong': 'HK',
  'macao sar': 'MO',
  macau: 'MO',
  korea: 'KR',
  'republic of korea': 'KR',
  'korea, republic of': 'KR',
  turkey: 'TR',
  'czech republic': 'CZ',
  'russian federation': 'RU',
  'viet nam': 'VN',
};

function fold(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9,() ]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

let byName: Map<string, string> | undefined;

function nameIndex(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const names = new Intl.DisplayNames('en', { type: 'region' });
  const A = 'A'.charCodeAt(0);
  for (let i = 0; i < 26; i += 1) {
    for (let j = 0; j < 26; j += 1) {
      const code = String.fromCharCode(A + i, A + j);
      let name: string | undefined;
      let canonical: string | undefined;
      try {
        name = names.of(code);
        // Deprecated and alias codes (UK, BU, ZR…) canonicalize to another region: keep the canonical one only.
        canonical = new Intl.Locale(`und-${code}`).region;
      } catch {
        name = undefined;
      }
      if (name && name !== code && canonical === code && !byName.has(fold(name))) byName.set(fold(name), code);
    }
  }
  for (const [alias, code] of Object.entries(ALIASES)) byName.set(alias, code);
  return byName;
}

const seen = new Map<string, string | null>();

/** 'United States' → 'US'; an alpha-2 code passes through; unknown names give null (never a guess). */
export function countryCodeFromName(name: string | null | undefined): string | null {
  if (!name) return null;
  let code = seen.get(name);
  if (code === undefined) {
    const trimmed = name.trim();
    code = /^[A-Za-z]{2}$/.test(trimmed) ? trimmed.toUpperCase() : (nameIndex().get(fold(trimmed)) ?? null);
    // A million rows name a few hundred places: remember the answers.
    if (seen.size < 10_000) seen.set(name, code);
  }
  return code;
}

/** The English name the logs would use for a code ('US' → 'United States'); the demo generator writes these. */
export function englishCountryName(code: string): string {
  return new Intl.DisplayNames('en', { type: 'region' }).of(code.toUpperCase()) ?? code;
}
