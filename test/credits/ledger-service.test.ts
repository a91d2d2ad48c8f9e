import pino from 'pino';
import { TableStore } from '../../bot/store/table-store';
import { LedgerStore, type LedgerEntryContent } from '../../bot/store/ledger-store';
import { AuditLog } from '../../bot/store/audit-log';
import { TenantSettingsStore } from '../../bot/store/tenant-settings';
import { LedgerService } from '../../bot/credits/ledger-service';
import { moneyFromDecimal } from '../../bot/billing/money';
import { azuriteConnectionString, uniqueTablePrefix } from '../support/service';
import { creditsTenant, usd } from './support/tenant';

const TENANT = 'c0a70000-0000-4000-8000-0000000002a1';
const ADMIN = 'a0000000-0000-4000-8000-000000000008';
const NOW = new Date('2026-11-20T17:00:00Z');

describe('LedgerService: rules, one entry per key, audit and the after-write hook', () => {
  const store = new TableStore(azuriteConnectionString(), uniqueTablePrefix());
  const ledger = new LedgerStore(store);
  const audit = new AuditLog(store);
  const changed: string[] = [];
  const service = new LedgerService({
    ledger,
    audit,
    settings: new TenantSettingsStore(store),
    onLedgerChanged: async (tenantId) => {
      changed.push(tenantId);
    },
    logger: pino({ level: 'silent' }),
  });
  const write = (key: string, content: LedgerEntryContent) => service.record({ tenantId: TENANT, actor: ADMIN, idempotencyKey: key, content, now: NOW });

  beforeAll(async () => {
    await store.ensureTables();
    await new TenantSettingsStore(store).save(creditsTenant(TENANT), null);
  });
  afterAll(() => store.dropTables());

  it('records a purchase once, audits it once, and runs the hook once', async () => {
    const content: LedgerEntryContent = { kind: 'purchase', purchasedAt: '2026-11-19T10:00:00.000Z', amount: usd('500'), origin: 'manual' };
    const first = await write('buy-500', content);
    const again = await write('buy-500', content);
    expect(first.kind).toBe('created');
    expect(again).toEqual({ kind: 'existing', entry: first.kind === 'created' ? first.entry : null });
    expect(changed).toEqual([TENANT]);
    const rows = (await audit.listMonth(TENANT, '2026-11')).filter((r) => r.action === 'ledger.append');
    expect(rows).toEqual([
      expect.objectContaining({
        actor: ADMIN,
        at: NOW.toISOString(),
        before: null,
        after: expect.objectContaining({ kind: 'purchase', amount: { amount: '500.00', currency: 'USD' } }),
      }),
    ]);
  });

  it('audits a reversal with the entry it cancels as "before"', async () => {
    const bought = await write('buy-20', { kind: 'purchase', purchasedAt: '2026-11-19T10:00:00.000Z', amount: usd('20'), origin: 'manual' });
    if (bought.kind !== 'created') throw new Error('expected a new entry');
    const undone = await write('undo-20', { kind: 'reversal', reverses: bought.entry.id });
    if (undone.kind !== 'created') throw new Error('expected a new entry');
    const row = (await audit.listMonth(TENANT, '2026-11')).find((r) => r.target === undone.entry.id);
    expect(row?.before).toEqual(expect.objectContaining({ id: bought.entry.id, kind: 'purchase' }));
    expect(row?.after).toEqual({ id: undone.entry.id, kind: 'reversal', reverses: bought.entry.id });
  });

  it('refuses a key reused for a different entry and writes nothing', async () => {
    await write('buy-once', { kind: 'purchase', purchasedAt: '2026-11-19T10:00:00.000Z', amount: usd('5'), origin: 'manual' });
    const reused = await write('buy-once', { kind: 'purchase', purchasedAt: '2026-11-19T10:00:00.000Z', amount: usd('6'), origin: 'manual' });
    expect(reused.kind).toBe('key-reused');
    expect((await ledger.list(TENANT)).filter((e) => e.idempotencyKey === 'buy-once')).toHaveLength(1);
  });

  it.each<[string, LedgerEntryContent, Array<{ path: string; code: string }>]>([
    ['another currency', { kind: 'snapshot', asOf: '2026-11-19T10:00:00.000Z', balance: moneyFromDecimal('10', 'EUR') }, [{ path: 'balance', code: 'currency-differs-from-tenant' }]],
    ['a snapshot from tomorrow', { kind: 'snapshot', asOf: '2026-11-21T10:00:00.000Z', balance: usd('10') }, [{ path: 'asOf', code: 'in-the-future' }]],
    ['a purchase of nothing', { kind: 'purchase', purchasedAt: '2026-11-19T10:00:00.000Z', amount: usd('0'), origin: 'manual' }, [{ path: 'amount', code: 'not-positive' }]],
    [
      'a rule recharging nothing below a negative trigger',
      { kind: 'auto-recharge-rule', effectiveFrom: '2026-11-19T10:00:00.000Z', rule: { trigger: usd('-1'), amount: usd('0') } },
      [
        { path: 'rule.trigger', code: 'negative' },
        { path: 'rule.amount', code: 'not-positive' },
      ],
    ],
    ['a reversal of an entry that does not exist', { kind: 'reversal', reverses: 'le-00000000000000000000000000000000' }, [{ path: 'reverses', code: 'unknown-entry' }]],
  ])('rejects %s and writes nothing', async (name, content, problems) => {
    const before = (await ledger.list(TENANT)).length;
    expect(await write(`rejected ${name}`, content)).toEqual({ kind: 'rejected', problems });
    expect(await ledger.list(TENANT)).toHaveLength(before);
  });

  it('accepts a negative snapshot (a balance can fall below zero) and a rule turning auto-recharge off', async () => {
    expect((await write('below-zero', { kind: 'snapshot', asOf: '2026-11-19T10:00:00.000Z', balance: usd('-3.5') })).kind).toBe('created');
    expect((await write('rule-off', { kind: 'auto-recharge-rule', effectiveFrom: '2026-11-19T10:00:00.000Z', rule: null })).kind).toBe('created');
  });

  it('knows no tenant it has no settings for', async () => {
    const outcome = await service.record({
      tenantId: 'c0a70000-0000-4000-8000-0000000002ff',
      actor: ADMIN,
      idempotencyKey: 'x',
      content: { kind: 'snapshot', asOf: '2026-11-19T10:00:00.000Z', balance: usd('1') },
      now: NOW,
    });
    expect(outcome).toEqual({ kind: 'tenant-not-found' });
  });
});
