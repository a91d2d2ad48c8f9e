import { isRussianCaseForm, possibleRussianStems, russianWordForm } from '../../../bot/conversation/understanding/russian.inflection';

describe('Russian name declension', () => {
  it.each([
    ['япония', ['японию', 'японии', 'япония', 'японией']],
    ['китай', ['китай', 'китая', 'китае', 'китаю', 'китаем']],
    ['великобритания', ['великобританию', 'великобритании']],
    ['казахстан', ['казахстан', 'казахстана', 'казахстане']],
    ['соединенные', ['соединенных', 'соединенным']],
    ['штаты', ['штатов', 'штатах', 'штаты']],
    ['южная', ['южную', 'южной']],
  ])('matches the case forms of %s', (name, forms) => {
    const form = russianWordForm(name);
    for (const word of forms) expect([word, isRussianCaseForm(word, form)]).toEqual([word, true]);
  });

  it.each([
    ['мали', 'мало'],
    ['мали', 'мала'],
    ['чили', 'чиле'],
    ['китай', 'китайский'],
    ['сша', 'сшить'],
  ])('does not take %s for %s', (name, word) => {
    expect(isRussianCaseForm(word, russianWordForm(name))).toBe(false);
  });

  it('offers the stems a declined word could have', () => {
    expect(possibleRussianStems('японию')).toEqual(expect.arrayContaining(['японию', 'япони']));
  });
});
