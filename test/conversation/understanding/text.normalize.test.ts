import { MAX_UNDERSTOOD_CHARS, normalizeText } from '../../../bot/conversation/understanding/text.normalize';

describe('normalizeText', () => {
  it.each([
    ['lowercases and strips Latin accents', 'Éligible à la MINUTE', 'eligible a la minute'],
    ['keeps й and folds ё to е', 'Учётная запись, Китай', 'учетная запись, китай'],
    ['turns full-width digits and punctuation into ASCII', '９０分钟，４个', '90分钟,4个'],
    ['folds Traditional Chinese to Simplified', '撥出到日本的費用', '拨出到日本的费用'],
    ['keeps decimal and time separators between digits', '1.5 hours, 1,5 heure, 1:30', '1.5 hours, 1,5 heure, 1:30'],
    ['makes clause punctuation a comma', 'cost? yes; 日本。好', 'cost, yes, 日本,好'],
    ['turns apostrophes and hyphens into spaces', "d'Allemagne, toll-free", 'd allemagne, toll free'],
    ['turns emoji into spaces of the same length', 'a🙂b', 'a  b'],
    ['turns right-to-left marks into spaces', 'a\u200Fb', 'a b'],
  ])('%s', (_why, input, folded) => {
    expect(normalizeText(input).folded).toBe(folded);
  });

  it('keeps the three views aligned code unit by code unit', () => {
    const text = normalizeText('Ａ Ürün 🙂 撥出 İstanbul ß');
    expect(text.lower).toHaveLength(text.cased.length);
    expect(text.folded).toHaveLength(text.cased.length);
  });

  it('reads only the head of very long input, never splitting a surrogate pair', () => {
    const text = normalizeText('🙂'.repeat(MAX_UNDERSTOOD_CHARS * 3));
    expect(text.cased.length).toBeLessThanOrEqual(MAX_UNDERSTOOD_CHARS);
    expect(text.cased.length % 2).toBe(0);
  });
});
