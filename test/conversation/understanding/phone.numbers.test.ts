import { findPhoneNumbers } from '../../../bot/conversation/understanding/phone.numbers';
import { normalizeText } from '../../../bot/conversation/understanding/text.normalize';

function numbersIn(text: string, region?: string): Array<[string, string | undefined]> {
  return findPhoneNumbers(normalizeText(text).cased, region).map((p) => [p.e164, p.country]);
}

describe('findPhoneNumbers', () => {
  it.each([
    ['can I dial +81 3 1234 5678?', undefined, [['+81312345678', 'JP']]],
    ['puis-je appeler le 01 23 45 67 89 ?', 'FR', [['+33123456789', 'FR']]],
    ['posso ligar para (11) 98765-4321?', 'BR', [['+5511987654321', 'BR']]],
    ['позвонить на 8 (495) 123-45-67', 'RU', [['+74951234567', 'RU']]],
    ['我能拨打010-1234 5678吗', 'CN', [['+861012345678', 'CN']]],
    ['可以打0912 345 678嗎', 'TW', [['+886912345678', 'TW']]],
    ['拨打＋４４ ２０ ７９４６ ０９５８', 'CN', [['+442079460958', 'GB']]],
    ['+800 1234 5678 belongs to no country', undefined, [['+80012345678', undefined]]],
    ['two: +44 20 7946 0958 and +49 30 12345678', 'US', [['+442079460958', 'GB'], ['+493012345678', 'DE']]],
  ] as const)('finds the numbers in %j (usage location %s)', (text, region, expected) => {
    expect(numbersIn(text, region)).toEqual(expected);
  });

  it.each([
    ['a national number without a usage location', '01 23 45 67 89', undefined],
    ['an unknown usage location', '01 23 45 67 89', 'XX'],
    ['an invalid number', '+1 555 0000', 'US'],
    ['durations and counts', 'a 90 minute meeting with 4 dial-ins in the last 30 days', 'US'],
  ])('finds nothing for %s', (_why, text, region) => {
    expect(numbersIn(text, region)).toEqual([]);
  });
});
