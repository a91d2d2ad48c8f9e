/**
 * When something the API depends on is down, the caller hears "try again shortly" (503 with Retry-After, localized),
 * not "sign in again" (401) or "something went wrong" (500), and the API answers again once it is back:
 * - Entra's signing keys (the JWKS answers 503 before this instance ever fetched them);
 * - Table Storage (unreachable: every table client points at a closed port).
 */
import { TableClient } from '@azure/data-tables';
import { translatorFor } from '../../bot/i18n/i18n';
import type { TableName, TableStore } from '../../bot/store/table-store';
import { FABRIKAM, startAzureTestService, type AzureTestService } from '../support/azure-service';

const FARAH = FABRIKAM.users[0];

describe('outages of what the API depends on', () => {
  let service: AzureTestService;

  beforeAll(async () => {
    service = await startAzureTestService();
  });
  afterAll(async () => {
    await service?.stopAll();
  });

  const tokenFor = (tenantId: string, userId: string) => service.entra.mintTabToken({ tenantId, userId, roles: ['Credits.Admin'] });

  async function me(token: string, language = 'en-US') {
    const response = await fetch(`${service.baseUrl}/api/v1/me`, { headers: { authorization: `Bearer ${token}`, 'accept-language': language } });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: (await response.json()) as { error?: { code: string; message: string } } };
  }

  it('answers 503 signInUnavailable (not 401) while Entra cannot serve its keys, and 200 once it can', async () => {
    // Fabrikam's keys have not been fetched yet by this instance: the first token needs them.
    const token = await tokenFor(FABRIKAM.tenantId, FARAH.id);
    service.entra.setKeysDown(true);
    try {
      const down = await me(token, 'fr-FR');
      expect(down.status).toBe(503);
      expect(down.retryAfter).toBe('30');
      expect(down.body.error).toEqual({ code: 'signInUnavailable', message: translatorFor('fr-FR').t('api.errors.signInUnavailable') });
    } finally {
      service.entra.setKeysDown(false);
    }
    expect((await me(token)).status).toBe(200);
  });

  it('answers 503 storageUnavailable with Retry-After while storage is unreachable, and recovers', async () => {
    const store = service.app.store as TableStore;
    const table = store.table.bind(store);
    const dead = 'DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;TableEndpoint=http://127.0.0.1:9/devstoreaccount1;';
    store.table = (name: TableName) => TableClient.fromConnectionString(dead, name, { allowInsecureConnection: true, retryOptions: { maxRetries: 0 } });
    const admin = await tokenFor(FABRIKAM.tenantId, FARAH.id);
    try {
      const response = await fetch(`${service.baseUrl}/api/v1/settings`, { headers: { authorization: `Bearer ${admin}` } });
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBe('30');
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe('storageUnavailable');
    } finally {
      store.table = table;
    }
    expect((await fetch(`${service.baseUrl}/api/v1/settings`, { headers: { authorization: `Bearer ${admin}` } })).status).toBe(200);
  });
});
