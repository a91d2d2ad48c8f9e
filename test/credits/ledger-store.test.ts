import { TableStore } from '../../bot/store/table-store';
import { LedgerStore, ledgerEntryIdFor, type LedgerAppend, type LedgerEntryContent } from '../../bot/store/ledger-store';
import { AuditLog } from '../../bot/store/audit-log';
import { moneyFromDecimal } from '../../bot/billing/money';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/service';

const usd = (amount: string) => moneyFromDecimal(amount, 'USD');
const TENANT = 'c0a70000-0000-4000-8000-0000000000c1';
const OTHER_TENANT = 'c0a70000-0000-4000-8000-0000000000c2';

describe('LedgerStore (the ledger table, Azurite): append-only, one entry per idempotency key', () => {
  const store = new TableStore(azuriteConnectionString(), uniqueTablePrefix());
  const ledger = new LedgerStore(store);
  beforeAll(() => store.ensureTables());
  afterAll(() => store.dropTables());

  const purchase: LedgerEntryContent = { kind: 'purchase', purchasedAt: '2026-10-01T09:00:00.000Z', amount: usd('250.5'), origin: 'manual' };
  const append = (key: string, content: LedgerEntryContent = purchase, tenantId = TENANT): LedgerAppend => ({
    tenantId,
    idempotencyKey: key,
    content,
    recordedAt: '2026-11-01T10:00:00.000Z',
    recordedBy: 'a0000000-0000-4000-8000-000000000008',
  });

  it('writes an entry once: the same key again returns the first entry and writes nothing', async () => {
    const first = await ledger.append(append('key-once'));
    const again = await ledger.append({ ...append('key-once'), recordedAt: '2026-11-01T10:00:05.000Z' });
    expect(first.outcome).toBe('created');
    expect(again.outcome).toBe('existing');
    expect(again.stored.entry).toEqual(first.stored.entry);
    expect(first.stored.entry.id).toBe(ledgerEntryIdFor('key-once'));
    expect((await ledger.list(TENANT)).filter((e) => e.idempotencyKey === 'key-once')).toHaveLength(1);
  });

  it('makes one entry from ten concurrent writes with the same key', async () => {
    const results = await Promise.all(Array.from({ length: 10 }, () => ledger.append(append('key-concurrent'))));
    expect(results.filter((r) => r.outcome === 'created')).toHaveLength(1);
    expect(results.filter((r) => r.outcome === 'existing')).toHaveLength(9);
    expect((await ledger.list(TENANT)).filter((e) => e.idempotencyKey === 'key-concurrent')).toHaveLength(1);
  });

  it('treats "250.5" and "250.50" as the same content, but refuses a key reused for another amount', async () => {
    await ledger.append(append('key-reuse'));
    expect((await ledger.append(append('key-reuse', { ...purchase, amount: usd('250.50') }))).outcome).toBe('existing');
    const reused = await ledger.append(append('key-reuse', { ...purchase, amount: usd('999') }));
    expect(reused.outcome).toBe('key-reused');
    if (reused.outcome !== 'key-reused') throw new Error('unreachable');
    expect(reused.stored.entry).toEqual(expect.objectContaining({ kind: 'purchase', amount: usd('250.5') }));
  });

  it.each<[string, LedgerEntryContent]>([
    ['a snapshot, below zero and sub-cent', { kind: 'snapshot', asOf: '2026-10-31T23:00:00.000Z', balance: usd('-12.345678') }],
    ['an auto-recharge purchase', { kind: 'purchase', purchasedAt: '2026-10-02T00:00:00.000Z', amount: usd('1000'), origin: 'auto-recharge' }],
    ['an auto-recharge rule', { kind: 'auto-recharge-rule', effectiveFrom: '2026-01-01T00:00:00.000Z', rule: { trigger: usd('50'), amount: usd('200') } }],
    ['auto-recharge turned off', { kind: 'auto-recharge-rule', effectiveFrom: '2026-06-01T00:00:00.000Z', rule: null }],
    ['a reversal', { kind: 'reversal', reverses: ledgerEntryIdFor('key-once') }],
  ])('round-trips %s exactly, with who and when', async (name, content) => {
    const { stored } = await ledger.append(append(`round-trip ${name}`, content));
    const read = await ledger.get(TENANT, stored.entry.id);
    expect(read?.entry).toEqual({ ...content, id: stored.entry.id, recordedAt: '2026-11-01T10:00:00.000Z', recordedBy: 'a0000000-0000-4000-8000-000000000008' });
  });

  it('keeps tenants apart: the same key in another tenant is another entry, and lists show only their own', async () => {
    const mine = await ledger.append(append('key-tenant'));
    const theirs = await ledger.append(append('key-tenant', purchase, OTHER_TENANT));
    expect(theirs.outcome).toBe('created');
    expect(mine.stored.entry.id).toBe(theirs.stored.entry.id);
    expect((await ledger.list(OTHER_TENANT)).map((e) => e.idempotencyKey)).toEqual(['key-tenant']);
    expect(await ledger.get(OTHER_TENANT, ledgerEntryIdFor('key-once'))).toBeNull();
  });
});

describe('AuditLog (the audit table, Azurite)', () => {
  const store = new TableStore(azuriteConnectionString(), uniqueTablePrefix());
  const audit = new AuditLog(store);
  beforeAll(() => store.ensureTables());
  afterAll(() => store.dropTables());

  it('records who, what, before and after in the month partition, once per time and id', async () => {
    const record = {
      tenantId: TENANT,
      at: '2026-11-03T08:00:00.000Z',
      id: 'le-1',
      actor: 'a0000000-0000-4000-8000-000000000008',
      action: 'ledger.append',
      target: 'le-1',
      before: null,
      after: { kind: 'purchase', amount: { amount: '10.00', currency: 'USD' } },
    };
    expect(await audit.record(record)).toBe(true);
    expect(await audit.record(record)).toBe(false);
    await audit.record({ ...record, at: '2026-12-01T00:00:00.000Z', id: 'le-2', target: 'le-2' });
    expect(await audit.listMonth(TENANT, '2026-11')).toEqual([record]);
    expect((await audit.listMonth(TENANT, '2026-12')).map((r) => r.id)).toEqual(['le-2']);
    expect(await audit.listMonth(OTHER_TENANT, '2026-11')).toEqual([]);
  });
});
