import { BOT_RESOURCES, translatorFor } from '../../bot/i18n/i18n';
import { SUPPORTED_LANGUAGES } from '../../bot/i18n/locale';

function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node !== 'object' || node === null) return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keysOf(v, prefix ? `${prefix}.${k}` : k));
}

function valueAt(node: unknown, key: string): unknown {
  return key.split('.').reduce<unknown>((n, part) => (n && typeof n === 'object' ? (n as Record<string, unknown>)[part] : undefined), node);
}

const english = keysOf(BOT_RESOURCES['en-US']).sort();

describe('bot strings', () => {
  it.each(SUPPORTED_LANGUAGES.filter((l) => l !== 'en-US'))('%s has every English key, and no extra ones', (language) => {
    expect(keysOf(BOT_RESOURCES[language]).sort()).toEqual(english);
  });

  it.each(SUPPORTED_LANGUAGES)('%s has no empty string and keeps every {{placeholder}} of English', (language) => {
    for (const key of english) {
      const value = valueAt(BOT_RESOURCES[language], key);
      expect(typeof value === 'string' && value.trim().length > 0).toBe(true);
      const placeholders = (String(valueAt(BOT_RESOURCES['en-US'], key)).match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();
      expect((String(value).match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort()).toEqual(placeholders);
    }
  });

  it.each(SUPPORTED_LANGUAGES.filter((l) => l !== 'en-US'))('%s is translated, not English copied', (language) => {
    const same = english.filter((key) => valueAt(BOT_RESOURCES[language], key) === valueAt(BOT_RESOURCES['en-US'], key) && key !== 'app.name');
    expect(same.length / english.length).toBeLessThan(0.1);
  });

  it('falls back through the Teams locale map (zh-HK → zh-TW strings)', () => {
    expect(translatorFor('zh-HK').t('help.title')).toBe(translatorFor('zh-TW').t('help.title'));
    expect(translatorFor('pt-PT').formatLocale).toBe('pt-PT');
    expect(translatorFor('pt-PT').t('help.title')).toBe(translatorFor('pt-BR').t('help.title'));
  });
});
