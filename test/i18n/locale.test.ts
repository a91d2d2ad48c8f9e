import { resolveLocale } from '../../bot/i18n/locale';

describe('resolveLocale', () => {
  it.each([
    ['en-US', 'en-US', 'en-US'],
    ['EN-gb', 'en-US', 'en-GB'],
    ['fr-fr', 'fr-FR', 'fr-FR'],
    ['fr-CA', 'fr-FR', 'fr-CA'],
    ['fr-BE', 'fr-FR', 'fr-BE'],
    ['pt-BR', 'pt-BR', 'pt-BR'],
    ['pt-PT', 'pt-BR', 'pt-PT'],
    ['ru-RU', 'ru-RU', 'ru-RU'],
    ['zh-CN', 'zh-CN', 'zh-CN'],
    ['zh-SG', 'zh-CN', 'zh-SG'],
    ['zh-Hans', 'zh-CN', 'zh-Hans'],
    ['zh-TW', 'zh-TW', 'zh-TW'],
    ['zh-HK', 'zh-TW', 'zh-HK'],
    ['zh-MO', 'zh-TW', 'zh-MO'],
    ['zh-Hant', 'zh-TW', 'zh-Hant'],
    ['zh-Hant-HK', 'zh-TW', 'zh-Hant-HK'],
    ['de-DE', 'en-US', 'en-US'],
    ['', 'en-US', 'en-US'],
    ['not a locale!!', 'en-US', 'en-US'],
  ])('maps %s to %s strings formatted as %s', (tag, language, formatLocale) => {
    expect(resolveLocale(tag)).toEqual({ language, formatLocale });
  });
});
