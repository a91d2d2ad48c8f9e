/**
 * The reviewed part of the country lexicon. Display names come from Intl.DisplayNames (countries.lexicon.ts); this
 * table only adds what those names miss (short and colloquial names, acronyms) and removes what they get wrong for
 * us (names that are ordinary words). Keep it small, and say why for every exclusion.
 */

export interface CountryAlias {
  region: string;
  text: string;
  /** Acronyms whose lowercase form is a word ("US"/"us", "USA"/pt "usa", "EAU"/fr "eau"). */
  caseSensitive?: true;
  /** Only after a preposition ("to Jordan", not "call Jordan"): names that are also given names or common nouns. */
  needsCue?: true;
  /** Matched with its accents, because the unaccented form is another word (pt "Irã" vs "irá"). */
  accented?: true;
}

const alias = (region: string, texts: readonly string[], options: Omit<CountryAlias, 'region' | 'text'> = {}): CountryAlias[] =>
  texts.map((text) => ({ region, text, ...options }));

export const COUNTRY_ALIASES: readonly CountryAlias[] = [
  // English
  ...alias('GB', ['UK', 'Britain', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland']),
  ...alias('US', ['US', 'USA', 'U.S.', 'U.S.A.'], { caseSensitive: true }),
  ...alias('US', ['United States of America']),
  ...alias('AE', ['UAE', 'Emirates']),
  ...alias('NL', ['Holland']),
  ...alias('CZ', ['Czech Republic']),
  ...alias('CI', ['Ivory Coast']),
  ...alias('MM', ['Burma']),
  ...alias('CN', ['Mainland China', 'PRC']),
  ...alias('SA', ['Saudi', 'KSA']),
  ...alias('BA', ['Bosnia']),
  ...alias('RE', ['Reunion Island']),
  ...alias('TR', ['Turkey'], { needsCue: true }),
  // French
  ...alias('GB', ['Angleterre', 'Grande-Bretagne', 'Écosse', 'Pays de Galles']),
  ...alias('AE', ['EAU'], { caseSensitive: true }),
  ...alias('AE', ['Émirats']),
  ...alias('NL', ['Hollande']),
  ...alias('CZ', ['République tchèque']),
  ...alias('MU', ['île Maurice']),
  ...alias('RE', ['île de la Réunion']),
  ...alias('DM', ['la Dominique']),
  ...alias('CN', ['Chine continentale']),
  // Portuguese
  ...alias('US', ['EUA']),
  ...alias('GB', ['Inglaterra', 'Grã-Bretanha', 'Escócia']),
  ...alias('AE', ['Emirados']),
  ...alias('NL', ['Holanda']),
  ...alias('CZ', ['República Tcheca', 'Tchéquia']),
  ...alias('MM', ['Birmânia']),
  ...alias('MU', ['Ilhas Maurício', 'Ilha Maurício']),
  ...alias('RE', ['Ilha da Reunião']),
  ...alias('IR', ['Irã'], { accented: true, needsCue: true }),
  // Russian (declined forms are handled by russian.inflection.ts)
  ...alias('US', ['США', 'Штаты']),
  ...alias('GB', ['Англия', 'Британия', 'Соединённое Королевство']),
  ...alias('AE', ['ОАЭ', 'Эмираты']),
  ...alias('NL', ['Голландия']),
  ...alias('KR', ['Южная Корея']),
  ...alias('KP', ['Северная Корея']),
  ...alias('RU', ['РФ']),
  ...alias('ZA', ['ЮАР']),
  ...alias('MM', ['Бирма']),
  // Chinese (Simplified and Traditional both fold to Simplified before matching)
  ...alias('AE', ['阿联酋', '阿聯酋']),
  ...alias('HK', ['中国香港', '中國香港']),
  ...alias('MO', ['中国澳门', '中國澳門']),
  ...alias('TW', ['中国台湾', '中國台灣']),
  ...alias('CN', ['中国大陆', '中國大陸']),
  ...alias('GB', ['英格兰', '英格蘭']),
  ...alias('RU', ['俄国', '俄國']),
  ...alias('SA', ['沙特']),
  ...alias('ID', ['印尼']),
  ...alias('KR', ['南韩', '韩国', '韓國']),
  ...alias('KP', ['北韩', '北韓']),
  ...alias('AU', ['澳洲']),
];

/**
 * Display names that are ordinary words or given names in one of our languages. Matched by their folded form
 * (lowercase, no accents); the aliases above give the unambiguous way to say them.
 */
export const EXCLUDED_DISPLAY_NAMES: ReadonlyMap<string, string> = new Map([
  ['reunion', 'fr/en "réunion" and pt "reunião" (folded "reuniao") mean "meeting": the word of every estimate'],
  ['reuniao', 'pt "reunião" means "meeting"'],
  ['la reunion', 'fr "la réunion" is "the meeting"'],
  ['maurice', 'fr given name; "île Maurice" is the alias'],
  ['mauricio', 'pt given name; "Ilha Maurício" is the alias'],
  ['dominique', 'fr given name; "la Dominique" is the alias'],
  ['того', 'ru "того" is a common pronoun form ("из того, что…")'],
  ['ira', 'pt "irá" (will go) folds to the same letters as "Irã"; the accented alias keeps Iran'],
]);

/** Display names that are also given names or common nouns: matched only after a preposition. */
export const CUE_ONLY_DISPLAY_NAMES: ReadonlySet<string> = new Set([
  'jordan', 'chad', 'georgia', 'jersey', 'guernsey', 'guernesey', 'джерси', 'гернси',
]);

/**
 * ISO alpha-2 codes that are also everyday all-caps abbreviations in our users' messages (AC = Audio Conferencing,
 * CC = Communications Credits, AI, IT, HR, PR…). Other codes, such as "JP" or "BR", are understood as countries.
 */
export const ISO_CODES_NOT_COUNTRIES: ReadonlySet<string> = new Set([
  'AC', 'AD', 'AI', 'AM', 'AS', 'AT', 'BE', 'BI', 'BY', 'CC', 'CO', 'CV', 'DJ', 'DO', 'EA', 'FM', 'GA', 'GG', 'GO', 'HR',
  'ID', 'IM', 'IN', 'IS', 'IT', 'LA', 'MA', 'MD', 'ME', 'ML', 'MS', 'MY', 'NO', 'PA', 'PE', 'PM', 'PR', 'PS', 'SO', 'ST',
  'TA', 'TM', 'TO', 'TV', 'VA',
]);
