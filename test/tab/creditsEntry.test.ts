import { newIdempotencyKey } from '../../tab/src/api/idempotency';
import { checkDraft, instantOfLocal, localInputValue } from '../../tab/src/credits/entryDraft';
import { currencyDigits, parseAmount } from '../../tab/src/money/parseAmount';
import { readAlertFacts } from '../../tab/src/overview/alertFacts';
import { sumMoney } from '../../tab/src/money/moneyAmount';

describe('amounts typed in the user locale', () => {
  it.each([
    ['en-US', '1,234.56', '1234.56'],
    ['en-US', '1234', '1234'],
    ['en-US', '-0.5', '-0.5'],
    ['fr-FR', '1 234,56', '1234.56'],
    ['fr-FR', '1\u202f234,5', '1234.5'],
    ['pt-BR', '1.234,56', '1234.56'],
    ['ru-RU', '1 234,56', '1234.56'],
    ['zh-CN', '1,234.56', '1234.56'],
    ['zh-TW', '0007', '7'],
  ])('%s reads %p as %p', (locale, text, amount) => {
    expect(parseAmount(text, locale, 2)).toEqual({ ok: true, amount });
  });

  it.each([
    ['en-US', '', 'missing'],
    ['en-US', '12.345', 'invalid'],
    ['en-US', '1e5', 'invalid'],
    ['en-US', '$12', 'invalid'],
    ['fr-FR', '12.50', 'invalid'],
    ['en-US', '1234567890123', 'tooLarge'],
  ])('%s refuses %p (%s)', (locale, text, problem) => {
    expect(parseAmount(text, locale, 2)).toEqual({ ok: false, problem });
  });

  it('knows how many decimals a currency has', () => {
    expect(currencyDigits('en-US', 'USD')).toBe(2);
    expect(currencyDigits('en-US', 'JPY')).toBe(0);
  });
});

describe('a balance or purchase entry', () => {
  const now = new Date('2025-03-10T12:00:00Z');
  const context = { locale: 'en-US', currency: 'USD', currencyDigits: 2, now };
  const earlier = localInputValue(new Date('2025-03-09T09:30:00Z'));

  it('becomes the API request, dated in the browser time zone', () => {
    expect(checkDraft({ kind: 'purchase', amountText: '1,000', whenText: earlier }, context)).toEqual({
      ok: true,
      request: { kind: 'purchase', purchasedAt: '2025-03-09T09:30:00.000Z', amount: { amount: '1000', currency: 'USD' }, origin: 'manual' },
    });
    expect(checkDraft({ kind: 'snapshot', amountText: '-12.5', whenText: earlier }, context)).toEqual({
      ok: true,
      request: { kind: 'snapshot', asOf: '2025-03-09T09:30:00.000Z', balance: { amount: '-12.5', currency: 'USD' } },
    });
  });

  it.each([
    [{ kind: 'purchase', amountText: '0', whenText: earlier }, { amount: 'amountNotPositive', when: null }],
    [{ kind: 'purchase', amountText: '', whenText: '' }, { amount: 'amountMissing', when: 'whenMissing' }],
    [{ kind: 'snapshot', amountText: '1.234', whenText: earlier }, { amount: 'amountInvalid', when: null }],
    [{ kind: 'snapshot', amountText: '10', whenText: localInputValue(new Date('2025-03-10T12:30:00Z')) }, { amount: null, when: 'whenFuture' }],
  ] as const)('names what is wrong with %o', (draft, problems) => {
    expect(checkDraft(draft, context)).toEqual({ ok: false, ...problems });
  });

  it('reads only well-formed datetime-local values', () => {
    expect(instantOfLocal('2025-03-09T09:30')).not.toBeNull();
    expect(instantOfLocal('yesterday')).toBeNull();
  });

  it('makes a fresh idempotency key the API accepts', () => {
    const a = newIdempotencyKey();
    expect(a).toMatch(/^[\x21-\x7e]{8,128}$/);
    expect(newIdempotencyKey()).not.toBe(a);
  });
});

describe('alert facts', () => {
  const usd = (amount: string) => ({ amount, currency: 'USD' });

  it('reads each kind the API sends', () => {
    expect(readAlertFacts('lowBalance', { kind: 'lowBalance', balance: usd('40.00'), threshold: usd('100.00') }, sumMoney)).toEqual({
      kind: 'lowBalance',
      balance: usd('40.00'),
      threshold: usd('100.00'),
    });
    expect(
      readAlertFacts(
        'lotsExpiring',
        {
          withinDays: 30,
          lots: [
            { id: 'b', remaining: usd('10.00'), expiresAt: '2025-04-02T00:00:00Z' },
            { id: 'a', remaining: usd('5.50'), expiresAt: '2025-03-20T00:00:00Z' },
          ],
        },
        sumMoney,
      ),
    ).toEqual({ kind: 'lotsExpiring', withinDays: 30, total: { amount: '15.500000', currency: 'USD' }, firstExpiresAt: '2025-03-20T00:00:00Z', lots: 2 });
  });

  it('falls back to the kind alone when the facts are not what it knows', () => {
    expect(readAlertFacts('spendSpike', { day: 3 }, sumMoney)).toEqual({ kind: 'spendSpike', unparsed: true });
    expect(readAlertFacts('runOutSoon', {}, sumMoney)).toEqual({ kind: 'runOutSoon', unparsed: true });
  });
});
