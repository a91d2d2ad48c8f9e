/**
 * The tab inside a Teams host simulator on the tab's own origin (test/support/host-simulator): teams-js initializes,
 * reads its context (dark theme, zh-TW), gets an SSO token, and follows live theme changes.
 */
import { teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme } from '@fluentui/react-components';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import type { MeResponse } from '../../bot/api/contracts';
import { viewsForRole } from '../../tab/src/shell/navigation';
import { OFFLINE_CDN_PATTERN, chromiumAvailable, launchBrowser, seriousAxeViolations } from '../support/browser';
import type { HostPageOptions, HostSimulatorApi } from '../support/host-simulator/protocol';
import { startHostSimulator, type HostSimulatorServer } from '../support/host-simulator/server';
import { startTestService } from '../support/service';
import { cssRgb, ensureTabBuilt, rawKeyPattern, rootBackground, screenshotPath, shownViews, tabStrings, waitForViewReady } from '../tab/tabPage';

const describeInChromium = chromiumAvailable('tab host-simulator e2e') ? describe : describe.skip;

jest.setTimeout(180_000);

/** Traditional-only forms of common characters; their Simplified twins must not appear. */
const TRADITIONAL_ONLY = /[設數據開載顯覽試單圖戶務發關將應費級話請認證讀錯誤時間會議點]/u;
const SIMPLIFIED_ONLY = /[设数据开载显览试单图户务发关将应费级话请认证读错误时间会议点]/u;

describeInChromium('tab in the Teams host simulator', () => {
  let service: { baseUrl: string; stop(): Promise<void> };
  let host: HostSimulatorServer;
  let browser: Browser;
  let context: BrowserContext;
  const zhTW = tabStrings('zh-TW');
  const zh = (key: string): string => zhTW.get(key) ?? key;

  async function openInHost(options: HostPageOptions): Promise<{ page: Page; tab: Frame }> {
    const page = await context.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(host.hostPageUrl(options));
    const handle = await page.waitForSelector('iframe#tab');
    const tab = await handle.contentFrame();
    if (!tab) throw new Error('the simulator has no tab frame');
    await tab.waitForSelector('#app-root');
    expect(problems).toEqual([]);
    return { page, tab };
  }

  const hostCalls = (page: Page): Promise<string[]> =>
    page.evaluate(() => (window as unknown as { hostSimulator: HostSimulatorApi }).hostSimulator.calls.slice());

  beforeAll(async () => {
    ensureTabBuilt();
    [service, browser] = await Promise.all([startTestService(), launchBrowser()]);
    host = await startHostSimulator(service.baseUrl);
    // Reduced motion: Fluent then skips its colour transitions, so axe never sees a control halfway through one.
    context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'en-US', reducedMotion: 'reduce' });
    // The suites share two cores with the rest of the test run: waits are generous, assertions are not about time.
    context.setDefaultTimeout(60_000);
    await context.route(OFFLINE_CDN_PATTERN, (route) => route.abort());
  });

  afterAll(async () => {
    await browser?.close();
    await host?.stop();
    await service?.stop();
  });

  it('runs in dark theme and Traditional Chinese, and follows theme changes live', async () => {
    const { page, tab } = await openInHost({ theme: 'dark', locale: 'zh-TW' });
    await tab.getByTestId('tenant-name').waitFor();
    // The first view is its own chunk: wait for it, so its text is checked too.
    await tab.locator('main').getByRole('heading', { level: 1 }).waitFor();
    expect(await hostCalls(page)).toEqual(expect.arrayContaining(['initialize', 'getContext', 'authentication.getAuthToken']));

    expect(await rootBackground(tab)).toBe(cssRgb(teamsDarkTheme.colorNeutralBackground3));
    const text = await tab.locator('body').innerText();
    expect(text).not.toMatch(rawKeyPattern());
    expect(text).toMatch(TRADITIONAL_ONLY);
    expect(text).not.toMatch(SIMPLIFIED_ONLY);
    expect(text).toContain(zh('nav.myMeetings'));
    await expect(tab.locator('html').getAttribute('lang')).resolves.toBe('zh-TW');
    await page.screenshot({ path: screenshotPath('host-dark-zh-TW') });

    await page.evaluate(() => (window as unknown as { hostSimulator: HostSimulatorApi }).hostSimulator.setTheme('default'));
    await tab.waitForFunction(
      (expected) => getComputedStyle(document.getElementById('app-root') as HTMLElement).backgroundColor === expected,
      cssRgb(teamsLightTheme.colorNeutralBackground3),
    );
    await page.screenshot({ path: screenshotPath('host-light-zh-TW') });

    await page.evaluate(() => (window as unknown as { hostSimulator: HostSimulatorApi }).hostSimulator.setTheme('contrast'));
    await tab.waitForFunction(
      (expected) => getComputedStyle(document.getElementById('app-root') as HTMLElement).backgroundColor === expected,
      cssRgb(teamsHighContrastTheme.colorNeutralBackground3),
    );
    await page.screenshot({ path: screenshotPath('host-contrast-zh-TW') });
    expect(await seriousAxeViolations(tab)).toEqual([]);
    await page.close();
  });

  it('signs in with the SSO token and offers the views of the role the API reports', async () => {
    const page = await context.newPage();
    const meResponse = page.waitForResponse((response) => response.url().endsWith('/api/v1/me'));
    await page.goto(host.hostPageUrl({ theme: 'dark', locale: 'zh-TW' }));
    const response = await meResponse;
    expect(response.request().headers()['authorization']).toMatch(/^Bearer \S+/);
    expect(response.request().headers()['x-demo-user']).toBeUndefined();
    expect(response.status()).toBe(200);
    const me = (await response.json()) as MeResponse;

    const tab = await (await page.waitForSelector('iframe#tab')).contentFrame();
    if (!tab) throw new Error('the simulator has no tab frame');
    await tab.getByTestId('tenant-name').waitFor();
    await expect(tab.getByTestId('tenant-name').textContent()).resolves.toBe(me.tenantName);
    await expect(tab.locator('header').textContent()).resolves.toContain(me.displayName);
    const views = await shownViews(tab);
    expect(views).toEqual(viewsForRole(me.role));

    for (const view of views) {
      await tab.locator(`#tab-${view}`).click();
      await tab.getByRole('heading', { level: 1, name: zh(`views.${view}.title`) }).waitFor();
      await waitForViewReady(tab, view);
      // Every view, with its data, in Traditional Chinese on the dark theme's background.
      const viewText = await tab.locator('body').innerText();
      expect(viewText).not.toMatch(rawKeyPattern());
      expect(viewText).toMatch(TRADITIONAL_ONLY);
      expect(viewText).not.toMatch(SIMPLIFIED_ONLY);
      expect(await rootBackground(tab)).toBe(cssRgb(teamsDarkTheme.colorNeutralBackground3));
      await tab.locator('body').screenshot({ path: screenshotPath(`host-dark-zh-TW-${view}`) });
      expect(await seriousAxeViolations(tab)).toEqual([]);
    }
    await page.close();
  });

  it('explains a refused SSO token in the user language, and recovers on retry', async () => {
    const { page, tab } = await openInHost({ theme: 'dark', locale: 'zh-TW', authFailure: 'resourceRequiresConsent' });
    await tab.getByRole('heading', { level: 1, name: zh('auth.title') }).waitFor();
    await tab.getByText(zh('auth.consent')).waitFor();
    await page.screenshot({ path: screenshotPath('host-dark-zh-TW-consent') });
    expect(await seriousAxeViolations(tab)).toEqual([]);

    await page.evaluate(() => (window as unknown as { hostSimulator: HostSimulatorApi }).hostSimulator.setAuthFailure(null));
    await tab.getByRole('button', { name: zh('actions.retry') }).click();
    await tab.getByTestId('tenant-name').waitFor();
    await page.close();
  });
});
