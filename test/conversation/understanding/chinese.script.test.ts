import { chineseScriptOf, foldToSimplified, traditionalPairs } from '../../../bot/conversation/understanding/chinese.script';

describe('Traditional to Simplified folding', () => {
  it('has no chains: a Simplified form is never itself folded again', () => {
    const pairs = traditionalPairs();
    for (const simplified of pairs.values()) expect([simplified, pairs.has(simplified)]).toEqual([simplified, false]);
  });

  it.each([
    ['會', '会'],
    ['撥', '拨'],
    ['鐘', '钟'],
    ['週', '周'],
    ['餘', '余'],
    ['a', 'a'],
    ['日', '日'],
  ])('folds %s to %s', (traditional, simplified) => {
    expect(foldToSimplified(traditional)).toBe(simplified);
  });

  it.each([
    ['我可以使用按分鐘計費嗎', 'traditional'],
    ['我可以使用按分钟计费吗', 'simplified'],
    ['台灣的號碼', 'traditional'],
    ['哈哈', 'unknown'],
    ['日本', 'unknown'],
    ['台湾', 'simplified'],
    ['台北', 'unknown'],
  ])('tells the script of %s: %s', (text, script) => {
    expect(chineseScriptOf(text)).toBe(script);
  });
});
