import fs from 'node:fs';
import path from 'node:path';
import { getCountries } from 'libphonenumber-js/max';
import { allCountryAvailability, countryAvailability } from '../../../bot/billing/reference/country-availability';
import { isZoneACountry, ZONE_A_COUNTRIES } from '../../../bot/billing/reference/zone-a';

const SOURCE_TSV = path.join(__dirname, 'countries.tsv');
const english = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
/** Names the sources spell differently from CLDR (issue 3 names the traps). */
const NAMES_THAT_DIFFER_FROM_CLDR: Record<string, string> = {
  'Slovak Republic': 'SK',
  'Hong Kong': 'HK',
  'Turks and Caicos Islands': 'TC',
  'North Macedonia (Macedonia)': 'MK',
  'Saint Kitts and Nevis': 'KN',
  'Saint Lucia': 'LC',
  'Czech Republic': 'CZ',
  Turkey: 'TR',
};
const simplify = (name: string): string =>
  name.toLowerCase().replace(/\(.*?\)/g, '').replace(/&/g, 'and').replace(/\bst\.\s*/g, 'saint ').replace(/\s+/g, ' ').trim();

/** An independent check of the converter: the ISO code's CLDR English name must be the source's name. */
function expectNameMatchesIso(sourceName: string, iso: string): void {
  const alias = NAMES_THAT_DIFFER_FROM_CLDR[sourceName];
  if (alias !== undefined) expect(iso).toBe(alias);
  else expect(simplify(english.of(iso) ?? '')).toBe(simplify(sourceName));
}

function readSourceRows(): Record<string, string>[] {
  const [header, ...lines] = fs.readFileSync(SOURCE_TSV, 'utf8').split(/\r?\n/).filter((l) => l.trim() !== '');
  const columns = header!.split('\t');
  return lines.map((line) => Object.fromEntries(columns.map((c, i) => [c, (line.split('\t')[i] ?? '').trim()])));
}

describe('country availability reference (domain-facts §4.2)', () => {
  const rows = allCountryAvailability();
  const source = readSourceRows();

  it('maps all 112 source rows to distinct ISO alpha-2 codes', () => {
    expect(source).toHaveLength(112);
    expect(rows).toHaveLength(112);
    const phoneCountries = new Set<string>(getCountries());
    for (const row of rows) {
      expect(phoneCountries.has(row.iso)).toBe(true);
      expectNameMatchesIso(row.sourceName, row.iso);
    }
    expect(new Set(rows.map((r) => r.iso)).size).toBe(112);
    expect(new Set(rows.map((r) => r.sourceName))).toEqual(new Set(source.map((r) => r.country)));
  });

  it.each([
    ['Slovakia', 'SK'],
    ['Hong Kong', 'HK'],
    ['Turks and Caicos Islands', 'TC'],
    ['North Macedonia (Macedonia)', 'MK'],
    ['Saint Kitts and Nevis', 'KN'],
    ['Georgia', 'GE'],
    ['Turkey', 'TR'],
  ])('maps the tricky name %j to %s', (name, iso) => {
    expect(countryAvailability(iso)?.sourceName).toBe(name);
  });

  it('matches its source row for row, notes included', () => {
    for (const src of source) {
      const row = rows.find((r) => r.sourceName === src.country)!;
      expect(row.audioConferencing).toBe(src.ac_purchase_raw === 'No' ? 'not-purchasable' : src.ppm_only === 'Y' ? 'ppm-only' : 'purchasable');
      expect(row.communicationsCredits).toBe(src.comm_credits_available === 'Yes');
      expect(row.zoneA).toBe(src.zone_a === 'Y');
      expect(row.meetingDialOut).toBe(src.call_me_dialout_raw === 'Available' ? 'included' : 'requires-communications-credits');
      expect(row.notes).toBe(src.notes);
      expect(row.source).toEqual({ path: src.source_path, commit: src.source_commit });
    }
  });

  it('keeps the counts the facts state: 18 PPM-only, 19 not purchasable, 22 without credits, 44 dial-out included', () => {
    expect(rows.filter((r) => r.audioConferencing === 'ppm-only')).toHaveLength(18);
    expect(rows.filter((r) => r.audioConferencing === 'not-purchasable')).toHaveLength(19);
    expect(rows.filter((r) => !r.communicationsCredits)).toHaveLength(22);
    expect(rows.filter((r) => r.meetingDialOut === 'included')).toHaveLength(44);
  });

  it('keeps the known data problems visible in notes', () => {
    expect(countryAvailability('KH')?.notes).toMatch(/SUSPECT/);
    expect(countryAvailability('BY')?.notes).toMatch(/inconsistent/);
    expect(countryAvailability('by')?.iso).toBe('BY');
  });

  it('answers undefined, not "not sold", for a country the list lacks', () => {
    expect(countryAvailability('FJ')).toBeUndefined();
  });
});

describe('Zone A (domain-facts §1.4)', () => {
  it('has 44 countries whose source names map to their ISO codes', () => {
    expect(ZONE_A_COUNTRIES).toHaveLength(44);
    expect(new Set(ZONE_A_COUNTRIES.map((c) => c.iso)).size).toBe(44);
    for (const c of ZONE_A_COUNTRIES) expectNameMatchesIso(c.sourceName, c.iso);
  });

  it('is exactly the rows the availability source marks as Zone A', () => {
    const fromTsv = allCountryAvailability().filter((r) => r.zoneA).map((r) => r.iso).sort();
    expect(ZONE_A_COUNTRIES.map((c) => c.iso).sort()).toEqual(fromTsv);
  });

  it.each([
    ['SK', true],
    ['us', true],
    ['HK', true],
    ['AR', false],
    ['IL', false],
  ])('isZoneACountry(%s) is %s', (iso, expected) => {
    expect(isZoneACountry(iso)).toBe(expected);
  });
});
