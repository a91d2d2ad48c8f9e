import { findCountries } from '../../../bot/conversation/understanding/countries';
import { normalizeText } from '../../../bot/conversation/understanding/text.normalize';
import { ClaimedText } from '../../../bot/conversation/understanding/text.spans';

function countriesIn(text: string): string[] {
  const normalized = normalizeText(text);
  return findCountries(normalized, new ClaimedText(normalized.folded.length)).map((c) => c.region);
}

describe('findCountries', () => {
  it.each([
    // Display names in each language
    ['dial-outs to Japan', 'JP'],
    ['vers le Japon', 'JP'],
    ['para o Japão', 'JP'],
    ['para o Japao', 'JP'],
    ['拨出到日本', 'JP'],
    ['aux États-Unis', 'US'],
    ['d’Allemagne', 'DE'],
    ['do Brasil', 'BR'],
    ['Côte d’Ivoire', 'CI'],
    ['Bosnia & Herzegovina', 'BA'],
    ['Bosnia and Herzegovina', 'BA'],
    ['Hong Kong', 'HK'],
    ['中國香港', 'HK'],
    ['新加坡的同事', 'SG'],
    ['印度尼西亚', 'ID'],
    ['印度', 'IN'],
    ['澳洲', 'AU'],
    ['義大利', 'IT'],
    ['Irão', 'IR'],
    // Russian declension
    ['в Японию', 'JP'],
    ['из Франции', 'FR'],
    ['в Великобританию', 'GB'],
    ['в Китай', 'CN'],
    ['из Соединённых Штатов', 'US'],
    ['в Южную Корею', 'KR'],
    ['из Казахстана', 'KZ'],
    // Reviewed aliases and acronyms
    ['the UK', 'GB'],
    ['to the USA', 'US'],
    ['to the US', 'US'],
    ['UAE', 'AE'],
    ['les EAU', 'AE'],
    ['os EUA', 'US'],
    ['США', 'US'],
    ['в ОАЭ', 'AE'],
    ['美国', 'US'],
    ['英國', 'GB'],
    ['阿聯酋', 'AE'],
    ['l’île Maurice', 'MU'],
    ['para o Irã', 'IR'],
    ['to Jordan', 'JO'],
    // ISO codes
    ['3 dial-outs to JP', 'JP'],
    ['BR', 'BR'],
  ])('finds %j as %s', (text, region) => {
    expect(countriesIn(text)).toEqual([region]);
  });

  it.each([
    ['a word that is a display name in another language', 'pendant la réunion'],
    ['pt "reunião" is not Réunion', 'da reunião'],
    ['a given name', 'appeler Maurice'],
    ['a given name without a preposition', 'call Jordan'],
    ['Russian "того" is not Togo', 'из того, что я вижу'],
    ['"мало" is not Mali', 'мало кредитов'],
    ['pt "irá" is not Iran', 'ele irá ligar'],
    ['lowercase "us" is a pronoun', 'tell us'],
    ['pt "usa" is a verb', 'ele usa o Teams'],
    ['all-caps abbreviations', 'IT and HR ask about AC and CC'],
    ['a name two countries share', 'Congo'],
    ['a region that is not a country', 'Paris, Québec, São Paulo'],
    ['"Korea" alone', 'Korea'],
  ])('finds nothing in %s', (_why, text) => {
    expect(countriesIn(text)).toEqual([]);
  });

  it('finds several countries in order, with the direction their preposition gives', () => {
    const normalized = normalizeText('4 from France and 2 to Japan, 3 从德国');
    const found = findCountries(normalized, new ClaimedText(normalized.folded.length));
    expect(found.map((c) => [c.region, c.direction])).toEqual([
      ['FR', 'from'],
      ['JP', 'to'],
      ['DE', 'from'],
    ]);
  });
});
