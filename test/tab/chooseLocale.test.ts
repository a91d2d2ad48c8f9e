import { chooseLocale, type LocaleSources } from '../../tab/src/locale/chooseLocale';

describe('chooseLocale', () => {
  const cases: Array<[string, LocaleSources, string, string]> = [
    ['prefers the Teams locale over ?lang= and the browser', { hostLocale: 'fr-FR', queryLang: 'ru-RU', browserLanguage: 'en-US' }, 'fr-FR', 'fr-FR'],
    ['uses ?lang= outside Teams', { hostLocale: null, queryLang: 'zh-TW', browserLanguage: 'en-US' }, 'zh-TW', 'zh-TW'],
    ['falls back to the browser language', { browserLanguage: 'pt-BR' }, 'pt-BR', 'pt-BR'],
    ['ignores blank sources', { hostLocale: '  ', queryLang: '', browserLanguage: 'ru' }, 'ru-RU', 'ru'],
    ['maps zh-HK to Traditional Chinese strings', { hostLocale: 'zh-HK' }, 'zh-TW', 'zh-HK'],
    ['maps zh-SG to Simplified Chinese strings', { hostLocale: 'zh-sg' }, 'zh-CN', 'zh-SG'],
    ['keeps pt-PT formatting with pt-BR strings', { hostLocale: 'pt-PT' }, 'pt-BR', 'pt-PT'],
    ['keeps en-GB formatting with English strings', { hostLocale: 'en-GB' }, 'en-US', 'en-GB'],
    ['falls back to English for a language without strings', { hostLocale: 'de-DE' }, 'en-US', 'en-US'],
    ['falls back to English when nothing is known', {}, 'en-US', 'en-US'],
  ];

  it.each(cases)('%s', (_name, sources, language, formatLocale) => {
    expect(chooseLocale(sources)).toEqual({ language, formatLocale });
  });
});
