import { estimateBalanceCoverage, moneyFromDecimal } from '../../../bot/billing';

const usd = (amount: string) => moneyFromDecimal(amount, 'USD');

describe('does the credits balance cover an estimate', () => {
  it.each([
    ['covered', 'prepaid', usd('29.36'), usd('29.36')],
    ['short', 'prepaid', usd('29.359999'), usd('29.36')],
    ['exhausted', 'prepaid', usd('0'), usd('29.36')],
    ['exhausted', 'prepaid', usd('-4.10'), usd('0.01')],
    ['unknown', 'prepaid', null, usd('29.36')],
    ['unknown', 'prepaid', moneyFromDecimal('500', 'EUR'), usd('29.36')],
    ['postpaid', 'postpaid', null, usd('29.36')],
  ] as const)('%s: %s balance %o for a total of %o', (expected, billingModel, balance, total) => {
    expect(estimateBalanceCoverage({ billingModel, balance, total })).toBe(expected);
  });
});
