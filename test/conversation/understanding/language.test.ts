import { understand } from '../../../bot/conversation/understanding';

const NOW = new Date('2025-03-12T15:00:00Z');

describe('language', () => {
  it.each([
    // Teams tags fall back through resolveLocale
    ['zh-HK', '你好', 'zh-TW'],
    ['zh-Hant', '你好', 'zh-TW'],
    ['zh-SG', '你好', 'zh-CN'],
    ['fr-CA', 'aide', 'fr-FR'],
    ['pt-PT', 'ajuda', 'pt-BR'],
    ['en-GB', 'help', 'en-US'],
    ['de-DE', 'hallo', 'en-US'],
    ['', 'emoji only 🙂', 'en-US'],
    // Text in another supported language than the declared one
    ['fr-FR', 'am I eligible for PPM?', 'en-US'],
    ['en-US', 'suis-je éligible au paiement à la minute ?', 'fr-FR'],
    ['en-US', 'posso ligar para +55 11 98765-4321?', 'pt-BR'],
    ['en-US', 'сколько осталось кредитов?', 'ru-RU'],
    ['en-US', '还有多少余额', 'zh-CN'],
    ['zh-CN', '還有多少餘額', 'zh-TW'],
    ['zh-TW', '还有多少余额', 'zh-CN'],
    // No wording matched: the script decides, else the declared language stands
    ['ru-RU', 'ыаывапр', 'ru-RU'],
    ['en-US', 'ыаывапр', 'ru-RU'],
    ['zh-TW', '哈哈', 'zh-TW'],
    ['fr-FR', '😀😀', 'fr-FR'],
    ['ru-RU', 'qwerty', 'en-US'],
  ])('declared %j, text %j → %s', (locale, text, language) => {
    expect(understand(text, { locale, now: NOW, timeZone: 'UTC' }).language).toBe(language);
  });

  it('understands the brief examples in their own words', () => {
    const ask = (text: string, locale: string, defaultRegion?: string) =>
      understand(text, { locale, now: NOW, timeZone: 'Europe/Paris', ...(defaultRegion ? { defaultRegion } : {}) });
    expect(ask('我可以使用按分钟计费吗', 'zh-CN').intent).toBe('eligibility');
    expect(ask('puis-je appeler le 01 23 45 67 89 ?', 'fr-FR', 'FR').entities.phoneNumbers).toEqual(['+33123456789']);
    expect(ask('il reste combien de crédits ?', 'fr-FR').intent).toBe('balance');
    expect(ask('combien ont coûté mes réunions ce mois-ci ?', 'fr-FR').entities.range?.label).toBe('thisMonth');
  });
});
