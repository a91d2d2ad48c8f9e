/**
 * The Settings view in Chromium against the real service (standalone local mode, as Dana the admin): the rate card
 * (line errors, preview, apply, and the bot's next estimate), the policy import (Camille's verdict changes and the bot
 * quotes "imported" with the date), the usage import (progress, then the result), the organization settings (a
 * concurrent edit shows the other version), the audit with its CSV, readers read-only, organizers never, axe-core.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { PoliciesResponse, RatesResponse, SettingsResponse } from '../../bot/api/contracts';
import { policyText } from '../../bot/cards/policy-text';
import { DEMO_TENANT_ID, demoUser } from '../../bot/demo/demo-tenant';
import { translatorFor } from '../../bot/i18n/i18n';
import { EXPORT_COLUMNS } from '../../bot/usage/normalize-export-row';
import { RoleSightingStore } from '../../bot/store/role-sighting-store';
import { ask, visibleText } from '../support/activities';
import { OFFLINE_CDN_PATTERN, chromiumAvailable, launchBrowser, seriousAxeViolations } from '../support/browser';
import { startTestService, type TestService } from '../support/service';
import { ensureTabBuilt, rawKeyPattern, screenshotPath, tabStrings } from '../tab/tabPage';

const describeInChromium = chromiumAvailable('settings e2e') ? describe : describe.skip;
jest.setTimeout(180_000);

const AVERY = demoUser('avery');
const OLGA = demoUser('olga');
const RATE_HEADER = 'call_kind,country,number_type,currency,rate_per_minute,connection_fee,effective_from';

describeInChromium('settings view (Chromium, local mode, as Dana)', () => {
  let service: TestService;
  let browser: Browser;
  let context: BrowserContext;
  const en = tabStrings('en-US');
  const text = (key: string, values: Record<string, string | number> = {}): string =>
    (en.get(key) ?? key).replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(values[name] ?? ''));

  async function api<T>(path: string, init: RequestInit = {}): Promise<T> {
    const response = await fetch(`${service.baseUrl}/api/v1${path}`, init);
    expect(response.ok).toBe(true);
    return (await response.json()) as T;
  }

  async function openSettings(section: 'rates' | 'policies' | 'usageImport' | 'tenant' | 'audit', query = ''): Promise<Page> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${service.baseUrl}/tab/${query}#settings`);
    await page.getByRole('heading', { level: 1, name: text('views.settings.title') }).waitFor();
    await page.getByRole('tab', { name: text(`settings.sections.${section}`) }).click();
    expect(problems).toEqual([]);
    return page;
  }

  const csvFile = (name: string, content: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(content, 'utf8') });

  beforeAll(async () => {
    ensureTabBuilt();
    [service, browser] = await Promise.all([startTestService(), launchBrowser()]);
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', acceptDownloads: true });
    await context.route(OFFLINE_CDN_PATTERN, (route) => route.abort());
    // Olga is a Credits.Reader (a role her token showed; local mode remembers it as a sighting).
    await new RoleSightingStore(service.app.store).record(DEMO_TENANT_ID, OLGA.aadObjectId, { admin: false, reader: true, sources: ['app-role:Credits.Reader'], seenAt: new Date().toISOString() });
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('a bad rate card shows its line errors and applies nothing', async () => {
    const before = await api<RatesResponse>('/rates');
    const page = await openSettings('rates');
    await page.getByTestId('rate-card').waitFor();
    await page.getByTestId('rate-file').setInputFiles(csvFile('bad-rates.csv', `${RATE_HEADER}\ndial-out,JP,,USD,0.5,0,2024-01-01\nteleport,ZZ,,USD,abc,0,2024-13-01\ndial-out,JP,,USD,0.6,0,2024-01-01\n`));
    await page.getByTestId('rate-preview').click();
    const errors = page.getByTestId('line-errors');
    await errors.waitFor();
    await expect(errors.textContent()).resolves.toContain(text('settings.lineErrors.title', { count: 5 }));
    const rows = await page.getByTestId('line-error').allInnerTexts();
    expect(rows.map((r) => r.replace(/\s+/g, ' ').trim())).toEqual([
      `3 call_kind ${text('settings.lineErrors.codes.unknown-call-kind', { value: 'teleport' })}`,
      `3 country ${text('settings.lineErrors.codes.invalid-country', { value: 'ZZ' })}`,
      `3 rate_per_minute ${text('settings.lineErrors.codes.invalid-amount', { value: 'abc' })}`,
      `3 effective_from ${text('settings.lineErrors.codes.invalid-effective-from', { value: '2024-13-01' })}`,
      `4 ${text('settings.lineErrors.codes.duplicate-rate', { value: '2' })}`,
    ]);
    await expect(page.getByTestId('rate-apply').count()).resolves.toBe(0);
    await page.screenshot({ path: screenshotPath('settings-rate-errors'), fullPage: true });
    expect(await api<RatesResponse>('/rates')).toEqual(before);
    await page.close();
  });

  it('a good rate card is previewed, then applied, and the bot\'s next estimate uses the new rate', async () => {
    const question = { user: 'avery', text: 'price for 60 minutes with one dial-out to Japan' };
    // Demo card: 60 × 0.041 + 0.01 connection fee.
    expect(visibleText(await ask(service.baseUrl, question))).toContain('$2.47');

    const current = await api<RatesResponse>('/rates');
    const csv = current.card!.csv.replace('dial-out,JP,,USD,0.041,0.01,2024-01-01', 'dial-out,JP,,USD,0.5,0.01,2024-01-01');
    expect(csv).not.toBe(current.card!.csv);
    const page = await openSettings('rates');
    await page.getByTestId('rate-file').setInputFiles(csvFile('rates.csv', csv));
    await page.getByTestId('rate-preview').click();
    const preview = page.getByTestId('rate-preview-result');
    await preview.waitFor();
    await expect(preview.textContent()).resolves.toContain(text('settings.rates.previewTitle', { added: 0, changed: 1, removed: 0, unchanged: current.card!.entries.length - 1 }));
    const change = (await page.getByTestId('rate-change').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(change).toEqual([`${text('settings.rates.changeKinds.changed')} Japan ${text('settings.rates.callKinds.dial-out')} ${text('settings.rates.anyNumberType')} Jan 1, 2024 $0.041 a minute + $0.01 a call $0.50 a minute + $0.01 a call`]);
    await page.getByTestId('rate-upload').screenshot({ path: screenshotPath('settings-rate-preview') });
    // Nothing changes before the admin applies.
    expect((await api<RatesResponse>('/rates')).card?.source).toBe('demo');

    await page.getByTestId('rate-apply').click();
    const applied = page.getByTestId('rates-applied');
    await applied.waitFor();
    await expect(applied.textContent()).resolves.toBe(text('settings.rates.applied', { entries: current.card!.entries.length, added: 0, changed: 1, removed: 0 }));
    await page.getByTestId('rate-card').getByText(text('settings.rates.admin')).waitFor();
    await page.screenshot({ path: screenshotPath('settings-rate-applied'), fullPage: true });
    const after = await api<RatesResponse>('/rates');
    expect(after.card?.source).toBe('admin');
    expect(after.card?.entries.find((e) => e.callKind === 'dial-out' && e.country === 'JP' && e.numberType === null)?.perMinute.amount).toBe('0.50');

    // 60 × 0.50 + 0.01, and no longer labelled as demo prices.
    const answer = visibleText(await ask(service.baseUrl, question));
    expect(answer).toContain('$30.01');
    expect(answer).not.toContain(translatorFor('en-US').t('rates.demoNotice'));
    await page.close();
  });

  it('a policy import changes Camille\'s verdict, and the bot quotes the import and its date', async () => {
    const fr = translatorFor('fr-FR');
    const question = { user: 'camille', text: 'Puis-je appeler le +33 1 42 68 53 00 ?' };
    const before = visibleText(await ask(service.baseUrl, question));
    expect(before).not.toContain(fr.t('dialOut.verdict.blocked'));
    expect(before).toContain('DialoutCPCDomesticPSTNInternational');

    const page = await openSettings('policies');
    await page.getByTestId('policy-assignments').waitFor();
    const csv = '"UserPrincipalName","OnlineDialOutPolicy"\r\n"camille@contoso.example","DialoutCPCandPSTNDisabled"\r\n"avery@contoso.example",""\r\n';
    await page.getByTestId('policy-file').setInputFiles(csvFile('dial-out-policies.csv', csv));
    await page.getByTestId('policy-preview').click();
    await page.getByTestId('policy-preview-result').waitFor();
    const rows = (await page.getByTestId('policy-change').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(rows).toEqual([
      `2 Camille Martin (camille@contoso.example) DialoutCPCDomesticPSTNInternational — ${text('settings.policies.sources.seed')} DialoutCPCandPSTNDisabled ${text('settings.policies.changeKinds.changed')}`,
      `3 Avery Chen (avery@contoso.example) ${text('settings.policies.noCurrent')} ${text('settings.policies.followsGlobal')} ${text('settings.policies.changeKinds.new')}`,
    ]);
    await page.getByTestId('policy-import').screenshot({ path: screenshotPath('settings-policy-preview') });
    await page.getByTestId('policy-apply').click();
    await page.getByTestId('policy-imported').waitFor();

    const policies = await api<PoliciesResponse>('/policies');
    const camille = policies.assignments.find((a) => a.userPrincipalName === 'camille@contoso.example')!;
    expect(camille).toMatchObject({ policyName: 'DialoutCPCandPSTNDisabled', source: 'import' });
    // The list reloads after the import: Camille's row comes to say "imported".
    await page.getByTestId('policy-assignment').filter({ hasText: 'camille@contoso.example' }).filter({ hasText: text('settings.policies.sources.import') }).waitFor({ timeout: 30_000 });
    await page.screenshot({ path: screenshotPath('settings-policies'), fullPage: true });

    const after = visibleText(await ask(service.baseUrl, question));
    expect(after).toContain(fr.t('dialOut.verdict.blocked'));
    expect(after).toContain(fr.t('dialOut.reasons.policy-disables-dial-out'));
    expect(after).toContain(policyText({ name: 'DialoutCPCandPSTNDisabled', meetingDialOut: 'Disabled', level: 'user', source: 'import', at: camille.assignedAt }, fr));
    await page.close();
  });

  it('a usage import shows its progress, then its result', async () => {
    const start = Date.now() - 3 * 86_400_000;
    const row = (id: string, minutes: number, offsetMinutes: number) => {
      const begin = new Date(start + offsetMinutes * 60_000);
      const values: Record<string, string> = {
        UsageId: id,
        'Call ID': `c${id.slice(1)}`,
        'Conference ID': '4242',
        'User Location': 'US',
        'AAD ObjectId': AVERY.aadObjectId,
        UPN: AVERY.userPrincipalName,
        'User Display Name': AVERY.displayName,
        'Caller ID': '+12065550100',
        'Call Type': 'conf_out',
        'Number Type': 'Toll',
        'Domestic/International': 'International',
        'Destination Dialed': 'France',
        'Destination Number': '+33142685300',
        'Start Time': begin.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        'End Time': new Date(begin.getTime() + minutes * 60_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
        'Duration Seconds': String(minutes * 60),
        'Connection Fee': '0.00',
        Charge: (minutes * 0.022).toFixed(2),
        Currency: 'USD',
        Capability: 'MCOMEETACPEA',
      };
      return EXPORT_COLUMNS.map((c) => values[c] ?? '').join(',');
    };
    const first = 'a1111111-1111-4111-8111-111111111111';
    const second = 'a2222222-2222-4222-8222-222222222222';
    // The first call is in the file twice: one is skipped as a duplicate.
    const csv = [EXPORT_COLUMNS.join(','), row(first, 12, 0), row(second, 30, 60), row(first, 12, 0)].join('\r\n');

    const page = await openSettings('usageImport');
    await page.getByTestId('usage-file').setInputFiles(csvFile('PSTN calls export.csv', csv));
    await page.getByTestId('usage-upload').click();
    await page.getByTestId('usage-import-progress').waitFor();
    await page.getByTestId('usage-import').screenshot({ path: screenshotPath('settings-usage-progress') });
    const result = page.getByTestId('usage-import-result');
    await result.waitFor({ timeout: 60_000 });
    const shown = (await result.innerText()).replace(/\s+/g, ' ');
    expect(shown).toContain(`${text('settings.usageImport.rowsInFile')} 3`);
    expect(shown).toContain(`${text('settings.usageImport.rowsAdded')} 2`);
    expect(shown).toContain(`${text('settings.usageImport.rowsAlreadyPresent')} 1`);
    await page.getByTestId('usage-import').screenshot({ path: screenshotPath('settings-usage-result') });

    // A broken file: its line numbers, and nothing imported.
    const broken = [EXPORT_COLUMNS.join(','), row('a3333333-3333-4333-8333-333333333333', 5, 120).replace('MCOMEETACPEA', 'MCOMEETACPEA').replace(/,USD,/, ',US DOLLARS,')].join('\r\n');
    await page.getByTestId('usage-file').setInputFiles(csvFile('broken.csv', broken));
    await page.getByTestId('usage-upload').click();
    const failed = page.getByTestId('usage-import-failed');
    await failed.waitFor({ timeout: 60_000 });
    await expect(page.getByTestId('usage-import-error').first().innerText()).resolves.toMatch(/^2\s/);
    await page.close();
  });

  it('a concurrent edit of the organization settings shows the other version, which can be loaded', async () => {
    const page = await openSettings('tenant');
    const form = page.getByTestId('tenant-settings');
    await form.waitFor();
    await page.getByTestId('setting-lowBalanceMinutes').fill('30');
    // Meanwhile another admin saves (the same API, another key).
    const theirs = await api<SettingsResponse>('/settings');
    await api('/settings', {
      method: 'PUT',
      headers: { 'content-type': 'application/json', 'if-match': theirs.etag, 'idempotency-key': `other-admin-${Date.now()}` },
      body: JSON.stringify({ ...theirs.settings, lowBalanceMinutes: 120, alerts: { ...theirs.settings.alerts, runOutWithinDays: 21 } }),
    });
    await page.getByTestId('settings-save').click();
    const conflict = page.getByTestId('settings-conflict');
    await conflict.waitFor();
    await expect(conflict.textContent()).resolves.toContain(text('settings.tenant.conflictTitle'));
    await expect(conflict.textContent()).resolves.toContain('Dana Admin');
    const diff = (await page.getByTestId('conflict-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' ').trim());
    expect(diff).toEqual([`${text('settings.tenant.fields.lowBalanceMinutes')} 120 30`, `${text('settings.tenant.fields.runOutWithinDays')} 21 14`]);
    await form.screenshot({ path: screenshotPath('settings-conflict') });
    await page.getByTestId('settings-load-theirs').click();
    await expect(page.getByTestId('setting-lowBalanceMinutes').inputValue()).resolves.toBe('120');

    // Their version saves; a time-zone change rebuilds the daily totals with progress, then says so.
    await page.getByTestId('setting-timeZone').selectOption('Europe/Paris');
    await page.getByTestId('settings-save').click();
    await page.getByTestId('settings-saved').waitFor();
    await page.getByTestId('rebuild-done').waitFor({ timeout: 90_000 });
    expect((await api<SettingsResponse>('/settings')).settings).toMatchObject({ timeZone: 'Europe/Paris', lowBalanceMinutes: 120 });
    await page.close();
  });

  it('the audit lists every change with who and before → after, and exports it as CSV', async () => {
    const page = await openSettings('audit');
    await page.getByTestId('audit-row').first().waitFor();
    const rows = (await page.getByTestId('audit-row').allInnerTexts()).map((r) => r.replace(/\s+/g, ' '));
    for (const action of ['settingsUpdate', 'policiesImport', 'ratesReplace', 'usageImport', 'usageImportFinished']) expect(rows.some((r) => r.includes(text(`settings.audit.actions.${action}`)))).toBe(true);
    expect(rows.some((r) => r.includes('Dana Admin') && r.includes(`${text('settings.tenant.fields.timeZone')}: America/New_York → Europe/Paris`))).toBe(true);
    expect(rows.some((r) => r.includes('camille@contoso.example: DialoutCPCDomesticPSTNInternational (seed) → DialoutCPCandPSTNDisabled (import)'))).toBe(true);
    // The usage import test's two uploads: the good file with its counts, the broken one that imported nothing.
    expect(rows.some((r) => r.includes(text('settings.audit.actions.usageImport')) && r.includes('PSTN calls export.csv'))).toBe(true);
    expect(rows.some((r) => r.includes(text('settings.audit.usageImportSucceeded', { added: 2, duplicates: 1 })))).toBe(true);
    expect(rows.some((r) => r.includes(text('settings.audit.usageImportFailed', { errors: 1 })))).toBe(true);
    await page.screenshot({ path: screenshotPath('settings-audit'), fullPage: true });

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    expect(download.suggestedFilename()).toMatch(/^ppm-audit-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = bytes.toString('utf8');
    expect(csv).toContain('"rates.replace","rate-card"');
    expect(csv).toContain('"Dana Admin","dana@contoso.example"');
    await page.close();
  });

  it('readers see every section read-only; organizers never see Settings', async () => {
    const page = await openSettings('tenant', `?as=${OLGA.aadObjectId}`);
    await page.getByTestId('settings-read-only').waitFor();
    await page.getByTestId('tenant-settings').waitFor();
    await expect(page.getByTestId('setting-lowBalanceMinutes').isDisabled()).resolves.toBe(true);
    await expect(page.getByTestId('settings-save').count()).resolves.toBe(0);
    await expect(page.getByRole('tab', { name: text('settings.sections.usageImport') }).count()).resolves.toBe(0);
    await page.getByRole('tab', { name: text('settings.sections.rates') }).click();
    await page.getByTestId('rate-card').waitFor();
    await expect(page.getByTestId('rate-upload').count()).resolves.toBe(0);
    await page.getByRole('tab', { name: text('settings.sections.policies') }).click();
    await page.getByTestId('global-policy').waitFor();
    await expect(page.getByTestId('global-policy-select').count()).resolves.toBe(0);
    await expect(page.getByTestId('policy-import').count()).resolves.toBe(0);
    await page.close();

    const organizer = await context.newPage();
    await organizer.goto(`${service.baseUrl}/tab/?as=${AVERY.aadObjectId}#settings`);
    await organizer.getByRole('heading', { level: 1, name: text('views.myMeetings.title') }).waitFor();
    await expect(organizer.locator('#tab-settings').count()).resolves.toBe(0);
    await organizer.close();
  });

  it('every settings section is accessible (axe-core: no serious or critical violations) and free of raw keys', async () => {
    const page = await openSettings('rates');
    const ready: Record<string, string> = { rates: 'rate-card', policies: 'policy-assignments', usageImport: 'usage-import', tenant: 'tenant-settings', audit: 'audit-row' };
    for (const [section, testId] of Object.entries(ready)) {
      await page.getByRole('tab', { name: text(`settings.sections.${section}`) }).click();
      await page.getByTestId(testId).first().waitFor();
      expect(await page.locator('main').innerText()).not.toMatch(rawKeyPattern());
      expect({ section, violations: await seriousAxeViolations(page) }).toEqual({ section, violations: [] });
    }
    await page.close();
  });
});
