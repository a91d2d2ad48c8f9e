import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SUPPORTED_LANGUAGES } from '../../bot/i18n/locale';
import { createTranslate, type StringResources } from '../../tab/src/strings/strings';

type Tree = { [key: string]: string | Tree };

function load(language: string): Tree {
  return JSON.parse(readFileSync(path.join(__dirname, '../../tab/i18n', `${language}.json`), 'utf8')) as Tree;
}

function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(`${prefix}${key}`, value);
    else for (const [k, v] of leaves(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

const placeholders = (text: string): string[] => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1] ?? '').sort();

const english = leaves(load('en-US'));
/** Brand and product names that stay in English in every language. */
const SAME_IN_EVERY_LANGUAGE = new Set(['app.name']);

describe.each(SUPPORTED_LANGUAGES.filter((l) => l !== 'en-US'))('tab strings in %s', (language) => {
  const strings = leaves(load(language));

  it('has exactly the English keys', () => {
    expect([...strings.keys()].sort()).toEqual([...english.keys()].sort());
  });

  it('has no empty strings and the same placeholders as English', () => {
    for (const [key, value] of strings) {
      expect(value.trim()).not.toBe('');
      expect({ key, placeholders: placeholders(value) }).toEqual({ key, placeholders: placeholders(english.get(key) ?? '') });
    }
  });

  it('is translated, not copied from English', () => {
    const copied = [...strings].filter(([key, value]) => !SAME_IN_EVERY_LANGUAGE.has(key) && value === english.get(key));
    // "Version {{version}}" is the same word in French.
    expect(copied.map(([key]) => key).filter((key) => key !== 'app.version' && key !== 'nav.label')).toEqual([]);
  });
});

describe('Chinese scripts', () => {
  // Characters that exist only in one script; a zh-TW file with 设 or a zh-CN file with 設 used the wrong converter.
  const SIMPLIFIED_ONLY = /[设数据开载显览择试单图户务发关将应费级话请认证读错误时间]/u;
  const TRADITIONAL_ONLY = /[設數據開載顯覽擇試單圖戶務發關將應費級話請認證讀錯誤時間]/u;

  it('zh-TW uses Traditional characters only', () => {
    for (const [key, value] of leaves(load('zh-TW'))) expect({ key, simplified: SIMPLIFIED_ONLY.test(value) }).toEqual({ key, simplified: false });
  });

  it('zh-CN uses Simplified characters only', () => {
    for (const [key, value] of leaves(load('zh-CN'))) expect({ key, traditional: TRADITIONAL_ONLY.test(value) }).toEqual({ key, traditional: false });
  });
});

describe('createTranslate', () => {
  it('interpolates values and does not HTML-escape them (React does)', async () => {
    const t = await createTranslate('en-US', load('en-US') as unknown as StringResources);
    expect(t('header.signedInAs', { name: 'Chen & Co', role: 'Admin' })).toBe('Signed in as Chen & Co, Admin');
  });

  it('translates into Traditional Chinese', async () => {
    const t = await createTranslate('zh-TW', load('zh-TW') as unknown as StringResources);
    expect(t('nav.myMeetings')).toBe('我的會議');
  });
});
