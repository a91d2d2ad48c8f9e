/**
 * The tab in a plain browser, against the real service in local mode: no Teams host, so app.initialize() rejects
 * at once and the tab signs in as the demo identity (or `?as=<id>`).
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { MeResponse } from '../../bot/api/contracts';
import { viewsForRole } from '../../tab/src/shell/navigation';
import { OFFLINE_CDN_PATTERN, chromiumAvailable, launchBrowser, seriousAxeViolations } from '../support/browser';
import { startTestService } from '../support/service';
import { ensureTabBuilt, rawKeyPattern, screenshotPath, shownViews, tabStrings, waitForViewReady } from '../tab/tabPage';

const AVERY = 'a0000000-0000-4000-8000-000000000001';
const describeInChromium = chromiumAvailable('tab standalone e2e') ? describe : describe.skip;

jest.setTimeout(180_000);

describeInChromium('tab, standalone in local mode', () => {
  let service: { baseUrl: string; stop(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  const en = tabStrings('en-US');
  const text = (key: string): string => en.get(key) ?? key;

  async function me(demoUser?: string): Promise<MeResponse> {
    const response = await fetch(`${service.baseUrl}/api/v1/me`, { headers: demoUser ? { 'x-demo-user': demoUser } : {} });
    expect(response.status).toBe(200);
    return (await response.json()) as MeResponse;
  }

  async function openTab(query = ''): Promise<Page> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${service.baseUrl}/tab/${query}`);
    await page.getByTestId('tenant-name').waitFor();
    // The first view is its own chunk: wait for it, so its text is checked too.
    await page.locator('main').getByRole('heading', { level: 1 }).waitFor();
    expect(problems).toEqual([]);
    return page;
  }

  beforeAll(async () => {
    ensureTabBuilt();
    [service, browser] = await Promise.all([startTestService(), launchBrowser()]);
    // Reduced motion: Fluent then skips its colour transitions, so axe never sees a control halfway through one.
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', reducedMotion: 'reduce' });
    // The suites share two cores with the rest of the test run: waits are generous, assertions are not about time.
    context.setDefaultTimeout(60_000);
    await context.route(OFFLINE_CDN_PATTERN, (route) => route.abort());
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('shows the demo tenant and user from /api/v1/me', async () => {
    const expected = await me();
    expect(expected.tenantName).toBe('Contoso (demo)');
    const page = await openTab();
    await expect(page.getByTestId('tenant-name').textContent()).resolves.toBe(expected.tenantName);
    await expect(page.locator('header').textContent()).resolves.toContain(expected.displayName);
    await expect(page.locator('header').textContent()).resolves.toContain(text('header.localDemo'));
    expect(await shownViews(page)).toEqual(viewsForRole(expected.role));
    await page.screenshot({ path: screenshotPath('standalone-en-US') });
    await page.close();
  });

  it('opens every view it offers, each accessible and free of raw keys', async () => {
    const page = await openTab();
    const views = await shownViews(page);
    for (const view of views) {
      await page.locator(`#tab-${view}`).click();
      await page.getByRole('heading', { level: 1, name: text(`views.${view}.title`) }).waitFor();
      await waitForViewReady(page, view);
      await expect(page.locator(`#tab-${view}`).getAttribute('aria-selected')).resolves.toBe('true');
      expect(page.url()).toMatch(new RegExp(`#${view}$`));
      expect(await page.locator('body').innerText()).not.toMatch(rawKeyPattern());
      await page.screenshot({ path: screenshotPath(`standalone-view-${view}`), fullPage: true });
      expect(await seriousAxeViolations(page)).toEqual([]);
    }
    await page.close();
  });

  it('shows an organizer (?as=) only their own meetings', async () => {
    const avery = await me(AVERY);
    expect(avery.role).toBe('organizer');
    const page = await openTab(`?as=${AVERY}`);
    await expect(page.locator('header').textContent()).resolves.toContain(avery.displayName);
    expect(await shownViews(page)).toEqual(['myMeetings']);
    await page.getByRole('heading', { level: 1, name: text('views.myMeetings.title') }).waitFor();
    // A hash naming a tenant view does not open it for an organizer.
    await page.goto(`${service.baseUrl}/tab/?as=${AVERY}#usage`);
    await page.getByRole('heading', { level: 1, name: text('views.myMeetings.title') }).waitFor();
    await page.screenshot({ path: screenshotPath('standalone-organizer') });
    await page.close();
  });

  it('follows ?lang= outside Teams', async () => {
    const fr = tabStrings('fr-FR');
    const page = await openTab('?lang=fr-FR');
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr-FR');
    await page.getByRole('tab', { name: fr.get('nav.myMeetings') }).waitFor();
    await expect(page.title()).resolves.toBe(fr.get('app.documentTitle'));
    await page.screenshot({ path: screenshotPath('standalone-fr-FR') });
    await page.close();
  });

  it('asks to open the app in Teams when the deployment is in azure mode', async () => {
    // An azure-mode deployment needs real Entra config; the tab only reads `mode` from /config, so that one answer
    // is replaced at the network layer.
    const page = await context.newPage();
    await page.route('**/api/v1/config', (route) =>
      route.fulfill({ json: { mode: 'azure', version: '0.0.0-test', appClientId: '11111111-2222-3333-4444-555555555555' } }),
    );
    const meCalls: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/api/v1/me')) meCalls.push(request.url());
    });
    await page.goto(`${service.baseUrl}/tab/`);
    await page.getByRole('heading', { level: 1, name: text('openInTeams.title') }).waitFor();
    expect(meCalls).toEqual([]);
    await page.screenshot({ path: screenshotPath('standalone-open-in-teams') });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('shows a designed, localized error when the service cannot be reached, and recovers on retry', async () => {
    const page = await context.newPage();
    let offline = true;
    await page.route('**/api/v1/me', (route) => (offline ? route.abort('connectionrefused') : route.continue()));
    await page.goto(`${service.baseUrl}/tab/?lang=pt-BR`);
    const pt = tabStrings('pt-BR');
    await page.getByRole('heading', { level: 1, name: pt.get('errors.title') }).waitFor();
    await page.getByText(pt.get('errors.network') ?? '').waitFor();
    await page.screenshot({ path: screenshotPath('standalone-network-error-pt-BR') });
    expect(await seriousAxeViolations(page)).toEqual([]);

    offline = false;
    await page.getByRole('button', { name: pt.get('actions.retry') }).click();
    await expect(page.getByTestId('tenant-name').textContent()).resolves.toBe('Contoso (demo)');
    await page.close();
  });

  it('serves the tab for unknown sub-paths of /tab/', async () => {
    const page = await openTab('settings');
    await expect(page.getByTestId('tenant-name').textContent()).resolves.toBe('Contoso (demo)');
    await page.close();
  });
});
