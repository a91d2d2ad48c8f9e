/**
 * Alert episodes end to end: the real service (Azurite, the bot endpoint, proactive messages to a local connector),
 * a tenant of the test's own, and an in-memory charge feed driven day by day with explicit instants.
 */
import pino from 'pino';
import { startTestService, type TestService } from '../support/service';
import { ask } from '../support/activities';
import { startLocalConnector, type LocalConnector } from '../support/connector';
import { fixedClock } from '../../bot/clock';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import { TenantSettingsStore } from '../../bot/store/tenant-settings';
import { LedgerStore, type LedgerEntryContent } from '../../bot/store/ledger-store';
import { AlertStore } from '../../bot/store/alert-store';
import { CreditsService } from '../../bot/credits/credits-service';
import { AlertService } from '../../bot/credits/alert-service';
import { AlertRecipients } from '../../bot/credits/alert-recipients';
import { ProactiveAlertNotifier } from '../../bot/credits/alert-notifier';
import { addDays } from '../../bot/billing/time';
import { translatorFor } from '../../bot/i18n/i18n';
import { MemoryChargeFeed } from './support/memory-charge-feed';
import { creditsTenant, usd } from './support/tenant';

const TENANT = 'c0a70000-0000-4000-8000-0000000003a1';
const CAMILLE = demoUser('camille');
const OLGA = demoUser('olga');
/** An admin who never installed the bot: no personal chat, so no message. */
const LIWEI = demoUser('liwei');

describe('alert episodes: sent once per admin per episode, cleared, and sent again', () => {
  let service: TestService;
  let connector: LocalConnector;
  let alerts: AlertService;
  let ledger: LedgerStore;
  const feed = new MemoryChargeFeed('America/New_York');

  const append = (key: string, content: LedgerEntryContent) =>
    ledger.append({ tenantId: TENANT, idempotencyKey: key, content, recordedAt: '2026-11-01T00:00:00.000Z', recordedBy: null });
  const charge = (date: string, amount: string) => feed.add({ id: `call-${date}-${amount}`, startedAt: `${date}T15:00:00.000Z`, amount: usd(amount) });
  const evaluate = (at: string) => alerts.evaluateAlerts(TENANT, new Date(at));
  const postsTo = (user: typeof CAMILLE) => connector.posts.filter((p) => p.path.includes(encodeURIComponent(`a:${user.key}-personal`)));
  const titleOf = (post: { body: Record<string, unknown> }) =>
    ((post.body.attachments as Array<{ content: { body: Array<{ text?: string }> } }>)[0]!.content.body[0]!.text ?? '');

  beforeAll(async () => {
    // The demo's usage is not needed here: this tenant's usage is the in-memory feed.
    service = await startTestService({ env: { TENANT_ID: `${DEMO_TENANT_ID},${TENANT}`, DEMO_USAGE: 'none' }, clock: fixedClock('2026-11-11T17:00:00Z') });
    connector = await startLocalConnector();
    const settings = new TenantSettingsStore(service.app.store);
    // Only the low-balance alert can fire here: the other thresholds are out of reach.
    await settings.save(
      creditsTenant(TENANT, {
        admins: [CAMILLE.aadObjectId, OLGA.aadObjectId, LIWEI.aadObjectId],
        alerts: { lowBalance: { amount: '200', currency: 'USD' }, runOutWithinDays: 1, spendSpikeFactor: 100, lotsExpiringWithinDays: 1 },
      }),
      null,
    );
    ledger = new LedgerStore(service.app.store);
    alerts = new AlertService({
      credits: new CreditsService({ ledger, settings, feed }),
      alerts: new AlertStore(service.app.store),
      recipients: new AlertRecipients({ settings, configAdmins: [] }),
      notifier: new ProactiveAlertNotifier(service.app.proactive),
      logger: pino({ level: 'silent' }),
    });
    // Two admins install the bot by writing to it, each in their own language; the third never does.
    for (const [user, locale] of [[CAMILLE, 'fr-FR'], [OLGA, 'ru-RU']] as const) {
      await ask(service.baseUrl, { text: 'help', user: user.key, locale, tenantId: TENANT, serviceUrl: connector.serviceUrl });
    }
    await append('snapshot', { kind: 'snapshot', asOf: '2026-11-01T00:00:00.000Z', balance: usd('300') });
    for (let date = '2026-10-01'; date <= '2026-11-10'; date = addDays(date, 1)) charge(date, '5');
  });
  afterAll(async () => {
    await connector.close();
    await service.stop();
  });

  it('runs the whole episode cycle', async () => {
    // 300 − 10 days × 5 = 250: above the threshold.
    expect(await evaluate('2026-11-11T17:00:00Z')).toEqual(expect.objectContaining({ opened: [], cleared: [], deliveries: [] }));
    expect(connector.posts).toHaveLength(0);

    // 250 − 9 × 5 − 10 = 195: below 200. The episode opens and each admin with a personal chat gets it once.
    for (let date = '2026-11-11'; date <= '2026-11-19'; date = addDays(date, 1)) charge(date, '5');
    charge('2026-11-15', '10');
    const first = await evaluate('2026-11-20T17:00:00Z');
    expect(first.opened).toEqual(['lowBalance']);
    expect(first.deliveries.map((d) => [d.userId, d.result]).sort()).toEqual(
      [[CAMILLE.aadObjectId, 'sent'], [OLGA.aadObjectId, 'sent'], [LIWEI.aadObjectId, 'no-conversation']].sort(),
    );
    expect(postsTo(CAMILLE).map(titleOf)).toEqual([translatorFor('fr-FR').t('alerts.lowBalance.title')]);
    expect(postsTo(OLGA).map(titleOf)).toEqual([translatorFor('ru-RU').t('alerts.lowBalance.title')]);
    expect(connector.posts).toHaveLength(2);
    // In the admin's own formats: 195,00 $US in French.
    expect(JSON.stringify(postsTo(CAMILLE)[0]!.body)).toContain(new Intl.NumberFormat('fr-FR', { style: 'currency', currency: 'USD' }).format(195));

    // Every later sync while it holds sends nothing.
    expect((await evaluate('2026-11-20T18:00:00Z')).deliveries.filter((d) => d.result === 'sent')).toEqual([]);
    expect((await evaluate('2026-11-20T19:00:00Z')).opened).toEqual([]);
    expect(connector.posts).toHaveLength(2);

    // A purchase lifts the balance to 695: the episode clears, quietly.
    await append('purchase', { kind: 'purchase', purchasedAt: '2026-11-20T19:30:00.000Z', amount: usd('500'), origin: 'manual' });
    expect(await evaluate('2026-11-20T20:00:00Z')).toEqual(expect.objectContaining({ opened: [], cleared: ['lowBalance'], deliveries: [] }));
    expect(connector.posts).toHaveLength(2);

    // A big day takes it to 95: a new episode, sent once more to each admin.
    charge('2026-11-21', '600');
    const second = await evaluate('2026-11-22T17:00:00Z');
    expect(second.opened).toEqual(['lowBalance']);
    expect(postsTo(CAMILLE).map(titleOf)).toEqual([translatorFor('fr-FR').t('alerts.lowBalance.title'), translatorFor('fr-FR').t('alerts.lowBalance.title')]);
    expect(postsTo(OLGA)).toHaveLength(2);
    expect(connector.posts).toHaveLength(4);
    expect((await evaluate('2026-11-22T18:00:00Z')).deliveries.filter((d) => d.result === 'sent')).toEqual([]);
    expect(connector.posts).toHaveLength(4);

    const open = await alerts.openAlerts(TENANT);
    expect(open).toEqual([expect.objectContaining({ kind: 'lowBalance', seq: 2, openedAt: '2026-11-22T17:00:00.000Z' })]);
  });

  it('sends an episode to each admin once even when two evaluations run at the same time', async () => {
    const before = connector.posts.length;
    await append('purchase-2', { kind: 'purchase', purchasedAt: '2026-11-22T19:00:00.000Z', amount: usd('500'), origin: 'manual' });
    await evaluate('2026-11-22T20:00:00Z');
    charge('2026-11-23', '450'); // 595 − 450 = 145: low, not yet run out
    const results = await Promise.all([evaluate('2026-11-24T17:00:00Z'), evaluate('2026-11-24T17:00:00Z'), evaluate('2026-11-24T17:00:00Z')]);
    expect(results.flatMap((r) => r.opened)).toEqual(['lowBalance']);
    expect(connector.posts.length - before).toBe(2);
  });
});
