import { randomUUID } from 'node:crypto';
import { startTestService, type TestService } from '../support/service';
import { ask } from '../support/activities';
import { startLocalConnector } from '../support/connector';
import { fixedClock } from '../../bot/clock';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import { TenantSettingsStore } from '../../bot/store/tenant-settings';
import { AuditLog } from '../../bot/store/audit-log';
import { billingSettingsToJson } from '../../bot/billing/settings-json';
import { defaultBillingSettings } from '../../bot/billing/settings';
import { moneyFromDecimal } from '../../bot/billing/money';
import { translatorFor } from '../../bot/i18n/i18n';
import { EXPORT_COLUMNS } from '../../bot/usage/normalize-export-row';
import type { CreditsResponse, JobResponse, LedgerEntriesResponse, LedgerEntryResponse } from '../../bot/api/contracts';

const NOW = '2026-11-20T17:00:00.000Z';
const AVERY = demoUser('avery').aadObjectId;

/**
 * A small admin center export, imported through the real path: the demo snapshot (3,000 as of 17 November 17:00 UTC)
 * already holds the first call; the next two draw 12.84 and 1.16; Direct Routing and FREECALL never draw on credits.
 */
const EXPORT_ROWS: Array<[string, string, string, string, string, string, string]> = [
  // UsageId, Call Type, Number Type, Start Time, Connection Fee, Charge, Capability
  ['11111111-0000-4000-8000-000000000001', 'conf_in', 'Toll free', '2026-11-17T12:00:00Z', '0.00', '7.00', 'MCOMEETACPEA'],
  ['11111111-0000-4000-8000-000000000002', 'conf_out', '', '2026-11-18T14:00:00Z', '0.50', '12.34', 'MCOMEETACPEA'],
  ['11111111-0000-4000-8000-000000000003', 'conf_in', 'Toll', '2026-11-18T15:00:00Z', '0.00', '1.16', 'MCOMEETACPEA'],
  ['11111111-0000-4000-8000-000000000004', 'dr_out', '', '2026-11-18T16:00:00Z', '0.00', '5.00', 'MCOEV'],
  ['11111111-0000-4000-8000-000000000005', 'conf_out', '', '2026-11-18T17:00:00Z', '0.00', '3.00', 'FREECALL'],
];

function exportCsv(): string {
  const lines = [EXPORT_COLUMNS.join(',')];
  for (const [usageId, callType, numberType, start, fee, charge, capability] of EXPORT_ROWS) {
    const row: Record<string, string> = {
      UsageId: usageId,
      'Call ID': usageId.replace(/^1/, '2'),
      'Conference ID': '123456789',
      'Call Type': callType,
      'Number Type': numberType,
      'Domestic/International': 'Domestic',
      'Start Time': start,
      'End Time': new Date(Date.parse(start) + 600_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
      'Duration Seconds': '600',
      'Connection Fee': fee,
      Charge: charge,
      Currency: 'USD',
      Capability: capability,
    };
    lines.push(EXPORT_COLUMNS.map((column) => row[column] ?? '').join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}

describe('the credits API (real service, Azurite, fixed clock, demo ledger)', () => {
  let service: TestService;
  beforeAll(async () => {
    // The generated demo usage is left out: a five-row export through the real import path gives exact figures, fast.
    service = await startTestService({ env: { DEMO_USAGE: 'none' }, clock: fixedClock(NOW) });
    await importUsage(exportCsv());
  });
  afterAll(async () => {
    await service.stop();
  });

  const get = async <T>(path: string, user?: string): Promise<{ status: number; body: T }> => {
    const response = await fetch(`${service.baseUrl}${path}`, { headers: user ? { 'x-demo-user': user } : {} });
    return { status: response.status, body: (await response.json()) as T };
  };
  const post = async <T>(body: unknown, key: string | null, user?: string): Promise<{ status: number; body: T; replayed: boolean }> => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (key) headers['idempotency-key'] = key;
    if (user) headers['x-demo-user'] = user;
    const response = await fetch(`${service.baseUrl}/api/v1/credits/entries`, { method: 'POST', headers, body: JSON.stringify(body) });
    return { status: response.status, body: (await response.json()) as T, replayed: response.headers.get('idempotent-replayed') === 'true' };
  };
  async function importUsage(csv: string): Promise<void> {
    const response = await fetch(`${service.baseUrl}/api/v1/imports/usage`, { method: 'POST', headers: { 'content-type': 'text/csv', 'idempotency-key': randomUUID() }, body: csv });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as JobResponse;
    for (let job = await get<JobResponse>(`/api/v1/jobs/${id}`); ; job = await get<JobResponse>(`/api/v1/jobs/${id}`)) {
      if (job.body.status === 'failed') throw new Error(`import failed: ${JSON.stringify(job.body)}`);
      if (job.body.status === 'succeeded') return;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }
  const purchase = (amount: string) => ({ kind: 'purchase', purchasedAt: '2026-11-19T12:00:00Z', amount: { amount, currency: 'USD' } });

  it('shows the demo estimate, labelled, above zero, with its basis, lots, rule and exactly one lot expiring in 30 days', async () => {
    const { status, body } = await get<CreditsResponse>('/api/v1/credits');
    expect(status).toBe(200);
    expect(body.billingModel).toBe('prepaid');
    expect(body.asOf).toBe(NOW);
    expect(body.estimate).toEqual(expect.objectContaining({ kind: 'estimate', label: 'estimate', at: NOW }));
    if (body.estimate?.kind !== 'estimate') throw new Error('expected an estimate');
    expect(body.estimate.balance).toEqual({ amount: '2986.00', currency: 'USD' });
    expect(body.estimate.basis.charges).toEqual({
      count: 2,
      total: { amount: '14.00', currency: 'USD' },
      startedAfter: '2026-11-17T17:00:00.000Z',
      lastStartedAt: '2026-11-18T15:00:00.000Z',
      conflictingIds: [],
    });
    expect(body.estimate.basis.snapshot).toEqual({ entryId: expect.stringMatching(/^le-/), asOf: '2026-11-17T17:00:00.000Z', balance: { amount: '3000.00', currency: 'USD' } });
    expect(body.lots.map((l) => [l.origin, l.expiresAt !== null])).toEqual([
      ['purchase', true],
      ['purchase', true],
    ]);
    expect(body.lotsExpiring.withinDays).toBe(30);
    expect(body.lotsExpiring.lotIds).toHaveLength(1);
    const expiring = body.lots.find((l) => l.id === body.lotsExpiring.lotIds[0])!;
    expect(Date.parse(expiring.expiresAt!) - Date.parse(NOW)).toBe(20 * 86_400_000);
    expect(body.autoRecharge).toEqual(expect.objectContaining({ trigger: { amount: '500.00', currency: 'USD' }, amount: { amount: '1000.00', currency: 'USD' } }));
    expect(body.data).toEqual({ lastSyncAt: NOW, newestCallAt: '2026-11-18T17:00:00.000Z', lagHours: 48, lastError: null, lastErrorAt: null });
    expect(body.forecast.history).toEqual(expect.objectContaining({ to: expect.any(String) }));
    expect(body.alerts.map((a) => a.kind)).toContain('lotsExpiring');
  });

  it('counts each call once when the same export is imported again', async () => {
    await importUsage(exportCsv());
    const { body } = await get<CreditsResponse>('/api/v1/credits');
    expect(body.estimate?.kind === 'estimate' && [body.estimate.balance.amount, body.estimate.basis.charges.count]).toEqual(['2986.00', 2]);
  });

  it('shows an organizer nothing of the tenant ledger and lets them write nothing', async () => {
    expect((await get('/api/v1/credits', AVERY)).status).toBe(403);
    expect((await get('/api/v1/credits/entries', AVERY)).status).toBe(403);
    expect((await post(purchase('10'), randomUUID(), AVERY)).status).toBe(403);
  });

  it('records a purchase once per Idempotency-Key, even from concurrent requests, and audits who did it', async () => {
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 5 }, () => post<LedgerEntryResponse>(purchase('250'), key)));
    expect(results.map((r) => [r.status, r.replayed]).sort()).toEqual([[200, true], [200, true], [200, true], [200, true], [201, false]]);
    const ids = new Set(results.map((r) => r.body.entry.id));
    expect(ids.size).toBe(1);
    const created = results.find((r) => r.status === 201)!.body;
    expect(created).toEqual({
      created: true,
      entry: expect.objectContaining({ kind: 'purchase', amount: { amount: '250.00', currency: 'USD' }, recordedAt: NOW, recordedBy: demoUser('dana').aadObjectId, reversed: false }),
    });
    const { body } = await get<LedgerEntriesResponse>('/api/v1/credits/entries');
    expect(body.entries.filter((e) => e.id === created.entry.id)).toHaveLength(1);
    const audit = await new AuditLog(service.app.store).listMonth(DEMO_TENANT_ID, '2026-11');
    expect(audit.filter((r) => r.target === created.entry.id)).toEqual([expect.objectContaining({ actor: demoUser('dana').aadObjectId, action: 'ledger.append' })]);
  });

  it('corrects a mistake with a reversal: the balance comes back and the entry is marked reversed', async () => {
    const before = (await get<CreditsResponse>('/api/v1/credits')).body.estimate;
    const mistake = await post<LedgerEntryResponse>(purchase('10000'), randomUUID());
    const inflated = (await get<CreditsResponse>('/api/v1/credits')).body.estimate;
    const reversal = await post<LedgerEntryResponse>({ kind: 'reversal', reverses: mistake.body.entry.id }, randomUUID());
    expect(reversal.status).toBe(201);
    const after = (await get<CreditsResponse>('/api/v1/credits')).body.estimate;
    if (before?.kind !== 'estimate' || inflated?.kind !== 'estimate' || after?.kind !== 'estimate') throw new Error('expected estimates');
    expect(Number(inflated.balance.amount) - Number(before.balance.amount)).toBe(10000);
    expect(after.balance).toEqual(before.balance);
    expect(after.basis.reversedEntryIds).toContain(mistake.body.entry.id);
    const entries = (await get<LedgerEntriesResponse>('/api/v1/credits/entries')).body.entries;
    expect(entries.find((e) => e.id === mistake.body.entry.id)?.reversed).toBe(true);
  });

  it.each([
    ['no Idempotency-Key', purchase('1'), null, 'Idempotency-Key'],
    ['an unknown kind', { kind: 'refund', amount: { amount: '1', currency: 'USD' } }, 'k-unknown-kind', 'kind'],
    ['a float amount', { ...purchase('1'), amount: { amount: 1.5, currency: 'USD' } }, 'k-float-amount', 'amount.amount'],
    ['a date without a zone', { ...purchase('1'), purchasedAt: '2026-11-19 12:00' }, 'k-no-zone', 'purchasedAt'],
    ['another currency', { ...purchase('1'), amount: { amount: '1', currency: 'EUR' } }, 'k-eur-currency', 'amount'],
    ['a reversal of nothing', { kind: 'reversal', reverses: `le-${'0'.repeat(32)}` }, 'k-reverse-nothing', 'reverses'],
  ])('refuses %s with 400 and says which field', async (_name, body, key, path) => {
    const { status, body: reply } = await post<{ error: { code: string; message: string; details: { problems: Array<{ path: string }> } } }>(body, key);
    expect(status).toBe(400);
    expect(reply.error.code).toBe('badRequest');
    expect(reply.error.message).toBe(translatorFor('en-US').t('api.errors.badRequest'));
    expect(reply.error.details.problems.map((p) => p.path)).toContain(path);
  });

  it('refuses an Idempotency-Key reused for a different entry with 409', async () => {
    const key = randomUUID();
    expect((await post(purchase('5'), key)).status).toBe(201);
    const reused = await post<{ error: { code: string } }>(purchase('6'), key);
    expect(reused.status).toBe(409);
    expect(reused.body.error.code).toBe('conflict');
  });

  it('sends the open alert to an admin who installs the bot later, once, when the ledger changes', async () => {
    const connector = await startLocalConnector();
    try {
      await ask(service.baseUrl, { text: 'help', user: 'dana', serviceUrl: connector.serviceUrl });
      expect(connector.posts).toHaveLength(0);
      // The write answers after the alerts have looked again, so what they sent is already at the connector:
      // each open episode once (the demo's expiring lot among them).
      expect((await post(purchase('1'), randomUUID())).status).toBe(201);
      const summaries = connector.posts.map((p) => String(p.body.summary));
      expect(summaries).toContain(translatorFor('en-US').t('alerts.lotsExpiring.title'));
      expect(new Set(summaries).size).toBe(summaries.length);
      expect((await post(purchase('2'), randomUUID())).status).toBe(201);
      expect(connector.posts).toHaveLength(summaries.length);
    } finally {
      await connector.close();
    }
  });

  it('shows a postpaid tenant its month-to-date spend against the budget instead of a balance', async () => {
    const settings = new TenantSettingsStore(service.app.store);
    const current = (await settings.get(DEMO_TENANT_ID))!;
    const billing = defaultBillingSettings({ currency: 'USD', tenantCountry: 'US' }, { billingModel: 'postpaid', monthlyBudget: moneyFromDecimal('5000', 'USD') });
    await settings.save({ ...current.settings, billing: billingSettingsToJson(billing) }, current.etag);
    try {
      const { status, body } = await get<CreditsResponse>('/api/v1/credits');
      expect(status).toBe(200);
      expect(body.billingModel).toBe('postpaid');
      expect(body.estimate).toBeNull();
      expect(body.lots).toEqual([]);
      expect(body.budget).toEqual(
        expect.objectContaining({
          from: '2026-11-01T04:00:00.000Z',
          budget: { amount: '5000.00', currency: 'USD' },
          spend: expect.objectContaining({ currency: 'USD' }),
          projectedMonthEnd: expect.objectContaining({ currency: 'USD' }),
        }),
      );
    } finally {
      const now = (await settings.get(DEMO_TENANT_ID))!;
      await settings.save({ ...now.settings, billing: current.settings.billing }, now.etag);
    }
  });
});
