import fc from 'fast-check';
import { creditBalanceAt, lotsExpiringWithin, type CreditBalance } from '../../../bot/billing/ledger/credit-balance';
import type { CreditCharge, LedgerEntry } from '../../../bot/billing/ledger/ledger-entries';
import { toDecimalString } from '../../../bot/billing/money';
import { usd } from '../support/builders';

const base = { recordedAt: '2025-03-01T12:00:00Z', recordedBy: 'dana@contoso.example' };
const snapshot = (id: string, asOf: string, balance: string): LedgerEntry => ({ ...base, id, kind: 'snapshot', asOf, balance: usd(balance) });
const purchase = (id: string, purchasedAt: string, amount: string, origin: 'manual' | 'auto-recharge' = 'manual'): LedgerEntry => ({
  ...base,
  id,
  kind: 'purchase',
  purchasedAt,
  amount: usd(amount),
  origin,
});
const charge = (id: string, startedAt: string, amount: string): CreditCharge => ({ id, startedAt, amount: usd(amount) });
const reversal = (id: string, reverses: string): LedgerEntry => ({ ...base, id, kind: 'reversal', reverses });

function estimate(entries: LedgerEntry[], charges: CreditCharge[], at: string) {
  const result = creditBalanceAt({ entries, charges, at, currency: 'USD' });
  if (result.kind !== 'estimate') throw new Error('expected an estimate');
  return result;
}
const lotsOf = (b: Extract<CreditBalance, { kind: 'estimate' }>) => b.lots.map((l) => [l.id, toDecimalString(l.remaining), l.expiresAt?.slice(0, 10) ?? null]);

describe('creditBalanceAt, fixture A: FIFO lots and expiry (worked by hand)', () => {
  // The snapshot of 100 is split newest first: P2 holds 30, P1 the other 70; P0 expired before the snapshot.
  const entries = [
    snapshot('S1', '2025-03-01T00:00:00Z', '100'),
    purchase('P0', '2024-01-15T00:00:00Z', '50'),
    purchase('P1', '2024-06-01T00:00:00Z', '80'),
    purchase('P2', '2025-02-01T00:00:00Z', '30'),
  ];
  const charges = [
    charge('c1', '2025-02-28T23:00:00Z', '5'),
    charge('c2', '2025-03-05T10:00:00Z', '10'),
    charge('c3', '2025-04-01T10:00:00Z', '20'),
    charge('c4', '2025-07-01T10:00:00Z', '15'),
  ];

  it.each([
    ['2025-03-01T00:00:00Z', '100.00', [['P1', '70.00', '2025-06-01'], ['P2', '30.00', '2026-02-01']], 0, '0.00'],
    ['2025-05-01T00:00:00Z', '70.00', [['P1', '40.00', '2025-06-01'], ['P2', '30.00', '2026-02-01']], 0, '0.00'],
    ['2025-06-15T00:00:00Z', '30.00', [['P2', '30.00', '2026-02-01']], 1, '40.00'],
    ['2025-07-15T00:00:00Z', '15.00', [['P2', '15.00', '2026-02-01']], 1, '40.00'],
    ['2026-03-01T00:00:00Z', '0.00', [], 2, '55.00'],
  ])('at %s the balance is %s', (at, balance, lots, forfeitCount, forfeitTotal) => {
    const b = estimate(entries, charges, at);
    expect(toDecimalString(b.balance)).toBe(balance);
    expect(lotsOf(b)).toEqual(lots);
    expect(b.basis.forfeits).toEqual({ count: forfeitCount, total: usd(forfeitTotal) });
  });

  it('says what it rests on: the snapshot and the calls that started after it', () => {
    const b = estimate(entries, charges, '2025-05-01T00:00:00Z');
    expect(b.basis).toEqual({
      snapshot: { id: 'S1', asOf: '2025-03-01T00:00:00Z', balance: usd('100') },
      unattributedSnapshotAmount: usd('0'),
      charges: { count: 2, total: usd('30'), startedAfter: '2025-03-01T00:00:00Z', lastStartedAt: '2025-04-01T10:00:00.000Z', conflictingIds: [] },
      purchases: { count: 0, total: usd('0') },
      forfeits: { count: 0, total: usd('0') },
      impliedRecharges: { count: 0, total: usd('0'), impliedAfter: '2025-03-01T00:00:00.000Z' },
      reversedEntryIds: [],
    });
  });

  it('lists the lots expiring in the next N days', () => {
    const b = estimate(entries, charges, '2025-05-01T00:00:00Z');
    expect(lotsExpiringWithin(b, 30).map((l) => l.id)).toEqual([]);
    expect(lotsExpiringWithin(b, 31).map((l) => l.id)).toEqual(['P1']);
    expect(lotsExpiringWithin(b, 400).map((l) => l.id)).toEqual(['P1', 'P2']);
  });

  it('counts a call by its start: one that started before the snapshot is in it already', () => {
    const b = estimate(entries, [charge('c1', '2025-03-01T00:00:00Z', '5')], '2025-03-02T00:00:00Z');
    expect(b.basis.charges.count).toBe(0);
  });
});

describe('creditBalanceAt, fixture B: provisional auto-recharges (worked by hand)', () => {
  const rule: LedgerEntry = { ...base, id: 'R1', kind: 'auto-recharge-rule', effectiveFrom: '2025-01-01T00:00:00Z', rule: { trigger: usd('50'), amount: usd('100') } };
  const charges = [charge('c1', '2025-03-02T10:00:00Z', '15'), charge('c2', '2025-03-10T10:00:00Z', '100'), charge('c3', '2025-03-20T10:00:00Z', '20')];

  it('implies a recharge each time a call takes the balance below the trigger', () => {
    // 60 − 15 = 45 < 50 → +100 = 145; − 100 = 45 < 50 → +100 = 145; − 20 = 125.
    const b = estimate([snapshot('S1', '2025-03-01T00:00:00Z', '60'), rule], charges, '2025-03-31T00:00:00Z');
    expect(toDecimalString(b.balance)).toBe('125.00');
    expect(b.basis.impliedRecharges).toMatchObject({ count: 2, total: usd('200') });
    expect(b.basis.unattributedSnapshotAmount).toEqual(usd('60'));
    expect(b.lots.map((l) => [l.origin, toDecimalString(l.remaining), l.provisional])).toEqual([
      ['implied-recharge', '25.00', true],
      ['implied-recharge', '100.00', true],
    ]);
  });

  it('lets a later snapshot replace the implied recharges', () => {
    const b = estimate([snapshot('S1', '2025-03-01T00:00:00Z', '60'), rule, snapshot('S2', '2025-03-15T00:00:00Z', '130')], charges, '2025-03-31T00:00:00Z');
    expect(toDecimalString(b.balance)).toBe('110.00');
    expect(b.basis.impliedRecharges.count).toBe(0);
  });

  it('lets a recorded purchase replace the implied recharges before it', () => {
    // No recharge is implied up to the purchase: 60 − 15 − 100 = −55; the purchase of 100 pays that first (45 left);
    // − 20 = 25 < 50 → one implied recharge of 100 → 125.
    const b = estimate([snapshot('S1', '2025-03-01T00:00:00Z', '60'), rule, purchase('P1', '2025-03-12T00:00:00Z', '100', 'auto-recharge')], charges, '2025-03-31T00:00:00Z');
    expect(toDecimalString(b.balance)).toBe('125.00');
    expect(b.basis.impliedRecharges).toMatchObject({ count: 1, impliedAfter: '2025-03-12T00:00:00.000Z' });
    expect(b.basis.purchases).toEqual({ count: 1, total: usd('100') });
  });

  it('implies nothing once the rule is turned off', () => {
    const off: LedgerEntry = { ...base, id: 'R2', kind: 'auto-recharge-rule', effectiveFrom: '2025-03-05T00:00:00Z', rule: null };
    const b = estimate([snapshot('S1', '2025-03-01T00:00:00Z', '60'), rule, off], charges, '2025-03-31T00:00:00Z');
    // 60 − 15 = 45 → +100 = 145 (rule still on); − 100 − 20 = 25.
    expect(toDecimalString(b.balance)).toBe('25.00');
  });
});

describe('creditBalanceAt: corrections, deficits and gaps', () => {
  it('goes below zero when calls outrun the credits, and the next purchase pays the deficit first', () => {
    const entries = [snapshot('S1', '2025-03-01T00:00:00Z', '10'), purchase('P1', '2025-03-10T00:00:00Z', '50')];
    const charges = [charge('c1', '2025-03-05T00:00:00Z', '25')];
    expect(toDecimalString(estimate(entries, charges, '2025-03-06T00:00:00Z').balance)).toBe('-15.00');
    const after = estimate(entries, charges, '2025-03-11T00:00:00Z');
    expect(toDecimalString(after.balance)).toBe('35.00');
    expect(lotsOf(after)).toEqual([['P1', '35.00', '2026-03-10']]);
  });

  it('undoes a reversed purchase, falls back past a reversed snapshot, and restores a reversed reversal', () => {
    const entries = [snapshot('S1', '2025-03-01T00:00:00Z', '100'), snapshot('S2', '2025-03-10T00:00:00Z', '999'), purchase('P1', '2025-03-12T00:00:00Z', '50'), reversal('X1', 'S2'), reversal('X2', 'P1')];
    const b = estimate(entries, [], '2025-03-31T00:00:00Z');
    expect(toDecimalString(b.balance)).toBe('100.00');
    expect(b.basis.reversedEntryIds).toEqual(['P1', 'S2']);
    const restored = estimate([...entries, reversal('X3', 'X2')], [], '2025-03-31T00:00:00Z');
    expect(toDecimalString(restored.balance)).toBe('150.00');
  });

  it('keeps the part of a snapshot no purchase explains, with no expiry', () => {
    const b = estimate([snapshot('S1', '2025-03-01T00:00:00Z', '75'), purchase('P1', '2025-02-01T00:00:00Z', '50')], [charge('c1', '2025-03-02T00:00:00Z', '30')], '2025-03-03T00:00:00Z');
    // FIFO spends the unexplained (older) 25 first, then 5 of P1.
    expect(lotsOf(b)).toEqual([['P1', '45.00', '2026-02-01']]);
    expect(b.basis.unattributedSnapshotAmount).toEqual(usd('25'));
  });

  it('needs a snapshot, and says who can enter one', () => {
    expect(creditBalanceAt({ entries: [purchase('P1', '2025-01-01T00:00:00Z', '50')], charges: [], at: '2025-03-01T00:00:00Z', currency: 'USD' })).toEqual({
      kind: 'no-snapshot',
      at: '2025-03-01T00:00:00Z',
      remedy: { code: 'enter-balance-snapshot', fixedBy: 'billing-admin' },
    });
  });

  it('counts a charge id once, and keeps the same one whatever the order when copies disagree', () => {
    const entries = [snapshot('S1', '2025-03-01T00:00:00Z', '100')];
    const a = charge('c1', '2025-03-02T00:00:00Z', '10');
    const b = charge('c1', '2025-03-02T00:00:00Z', '12');
    for (const charges of [[a, b], [b, a], [a, a, b, b]]) {
      const result = estimate(entries, charges, '2025-03-31T00:00:00Z');
      expect(toDecimalString(result.balance)).toBe('88.00');
      expect(result.basis.charges.conflictingIds).toEqual(['c1']);
    }
  });
});

describe('creditBalanceAt properties', () => {
  const entries: LedgerEntry[] = [
    snapshot('S1', '2025-01-01T00:00:00Z', '40'),
    purchase('P1', '2024-06-01T00:00:00Z', '30'),
    purchase('P2', '2025-02-01T00:00:00Z', '25'),
    { ...base, id: 'R1', kind: 'auto-recharge-rule', effectiveFrom: '2025-01-01T00:00:00Z', rule: { trigger: usd('10'), amount: usd('20') } },
  ];
  const chargeArb = fc.record({
    id: fc.integer({ min: 0, max: 60 }).map((n) => `row-${n}`),
    day: fc.integer({ min: 0, max: 200 }),
    cents: fc.integer({ min: 1, max: 2_000 }),
  });
  const uniqueCharges = fc.uniqueArray(chargeArb, { selector: (c) => c.id, maxLength: 40 }).map((list) =>
    list.map((c) => charge(c.id, new Date(Date.UTC(2025, 0, 1) + c.day * 86_400_000 + 3_600_000).toISOString(), (c.cents / 100).toFixed(2))),
  );

  it('does not depend on the order in which charges arrive', () => {
    fc.assert(
      fc.property(uniqueCharges, fc.array(fc.nat()), (charges, keys) => {
        const shuffled = charges.map((c, i) => ({ c, k: keys[i] ?? i })).sort((x, y) => x.k - y.k).map((x) => x.c);
        const at = '2025-09-01T00:00:00Z';
        expect(creditBalanceAt({ entries, charges: shuffled, at, currency: 'USD' })).toEqual(creditBalanceAt({ entries, charges, at, currency: 'USD' }));
      }),
    );
  });

  it('changes nothing when the same charges are applied again', () => {
    fc.assert(
      fc.property(uniqueCharges, fc.array(fc.nat({ max: 39 }), { maxLength: 40 }), (charges, again) => {
        const replayed = [...charges, ...again.filter((i) => i < charges.length).map((i) => charges[i]!), ...charges];
        const at = '2025-09-01T00:00:00Z';
        expect(creditBalanceAt({ entries, charges: replayed, at, currency: 'USD' })).toEqual(creditBalanceAt({ entries, charges, at, currency: 'USD' }));
      }),
    );
  });

  it('balances: snapshot + purchases + implied recharges − charges − forfeits', () => {
    fc.assert(
      fc.property(uniqueCharges, (charges) => {
        const b = estimate(entries, charges, '2026-03-01T00:00:00Z');
        const { snapshot: s, purchases, impliedRecharges, charges: counted, forfeits } = b.basis;
        expect(b.balance.micros).toBe(s.balance.micros + purchases.total.micros + impliedRecharges.total.micros - counted.total.micros - forfeits.total.micros);
      }),
    );
  });
});
