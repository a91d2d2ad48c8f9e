import { postpaidSpend } from '../../../bot/billing/ledger/postpaid-spend';
import { toDecimalString } from '../../../bot/billing/money';
import { usd } from '../support/builders';

describe('postpaidSpend: spend against a budget, no balance', () => {
  const charges = [
    { id: 'a', startedAt: '2025-02-28T23:59:59Z', amount: usd('5') },
    { id: 'b', startedAt: '2025-03-01T00:00:00Z', amount: usd('12.345') },
    { id: 'b', startedAt: '2025-03-01T00:00:00Z', amount: usd('12.345') },
    { id: 'c', startedAt: '2025-03-31T23:59:59Z', amount: usd('7.655') },
    { id: 'd', startedAt: '2025-04-01T00:00:00Z', amount: usd('100') },
  ];
  const range = { from: '2025-03-01T00:00:00Z', to: '2025-04-01T00:00:00Z', currency: 'USD' };

  it('sums the calls that started in [from, to), each row once, against the budget', () => {
    const spend = postpaidSpend({ ...range, charges, budget: usd('80') });
    expect(toDecimalString(spend.spend)).toBe('20.00');
    expect(spend.chargesCounted).toBe(2);
    expect(spend.remaining && toDecimalString(spend.remaining)).toBe('60.00');
    expect(spend.budgetUsedBasisPoints).toBe(2500);
  });

  it('reports spend alone when there is no budget', () => {
    expect(postpaidSpend({ ...range, charges, budget: null })).toMatchObject({ budget: null, remaining: null, budgetUsedBasisPoints: null });
  });
});
