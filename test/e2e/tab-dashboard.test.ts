/**
 * The admin dashboard in a plain browser against the real service in local mode (demo tenant, small demo usage):
 * the overview shows the API's numbers, the usage range drives the chart, the CSV equals the table, an admin's entry is
 * recorded once however often it is confirmed, and organizers see only their own meetings.
 */
import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import type { CreditsResponse, LedgerEntriesResponse, UsageResponse } from '../../bot/api/contracts';
import { OFFLINE_CDN_PATTERN, chromiumAvailable, launchBrowser, seriousAxeViolations } from '../support/browser';
import { startTestService } from '../support/service';
import { ensureTabBuilt, parseCsv, plainSpaces, rawKeyPattern, screenshotPath, shownViews, tabStrings, waitForViewReady } from '../tab/tabPage';

const AVERY = 'a0000000-0000-4000-8000-000000000001';
const describeInChromium = chromiumAvailable('tab dashboard e2e') ? describe : describe.skip;

jest.setTimeout(180_000);

describeInChromium('tab dashboard, standalone in local mode', () => {
  let service: { baseUrl: string; stop(): Promise<void> };
  let browser: Browser;
  let context: BrowserContext;
  const en = tabStrings('en-US');
  const text = (key: string): string => en.get(key) ?? key;

  async function api<T>(path: string, demoUser?: string): Promise<T> {
    const response = await fetch(`${service.baseUrl}/api/v1${path}`, { headers: demoUser ? { 'x-demo-user': demoUser } : {} });
    expect(response.status).toBe(200);
    return (await response.json()) as T;
  }

  async function openView(view: 'overview' | 'usage' | 'credits' | 'myMeetings', query = '', ctx = context): Promise<Page> {
    const page = await ctx.newPage();
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    await page.goto(`${service.baseUrl}/tab/${query}#${view}`);
    await waitForViewReady(page, view);
    expect(problems).toEqual([]);
    return page;
  }

  const money = (amount: string, currency: string): string =>
    plainSpaces(new Intl.NumberFormat('en-US', { style: 'currency', currency }).format(amount as `${number}`));
  const longDate = (day: string): string =>
    new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
  const shownText = async (page: Page, testId: string): Promise<string> => plainSpaces((await page.getByTestId(testId).textContent()) ?? '');

  beforeAll(async () => {
    ensureTabBuilt();
    [service, browser] = await Promise.all([startTestService(), launchBrowser()]);
    // Reduced motion: Fluent then skips its colour transitions, so axe never sees a button halfway to enabled.
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', reducedMotion: 'reduce', acceptDownloads: true });
    // The suites share two cores with the rest of the test run: waits are generous, assertions are not about time.
    context.setDefaultTimeout(60_000);
    await context.route(OFFLINE_CDN_PATTERN, (route) => route.abort());
  });

  afterAll(async () => {
    await browser?.close();
    await service?.stop();
  });

  it('shows on the overview the numbers the API gives, labelled as an estimate with its freshness', async () => {
    const page = await openView('overview');
    const [credits, lastMonth] = await Promise.all([
      api<CreditsResponse>('/credits'),
      api<UsageResponse>('/usage?preset=last-month&groupBy=day'),
    ]);
    const estimate = credits.estimate;
    if (estimate?.kind !== 'estimate') throw new Error('the demo tenant has a balance snapshot');

    expect(await shownText(page, 'balance-amount')).toBe(money(estimate.balance.amount, estimate.balance.currency));
    expect(await shownText(page, 'estimate-badge')).toBe(text('common.estimate'));
    expect(await shownText(page, 'balance-as-of')).toMatch(/^Estimated as of \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M$/);
    expect(await shownText(page, 'data-lag')).toBe(text('overview.freshness.lagValue'));
    expect(await shownText(page, 'last-sync')).not.toBe('');

    expect(await shownText(page, 'month-to-date')).toBe(money(lastMonth.monthToDate.figures.total.amount, credits.currency));
    expect(await shownText(page, 'last-month')).toBe(money(lastMonth.totals.total.amount, credits.currency));

    for (const [testId, projected] of [
      ['run-out-date', credits.forecast.runOut],
      ['next-recharge', credits.forecast.nextAutoRecharge],
    ] as const) {
      if (projected.kind === 'date') expect(await shownText(page, testId)).toBe(longDate(projected.date));
      else expect(await shownText(page, testId)).not.toBe('');
    }
    if (credits.autoRecharge) {
      expect(await shownText(page, 'recharge-rule')).toContain(money(credits.autoRecharge.amount.amount, credits.currency));
    }

    const alertKinds = await page.locator('[data-alert-kind]').evaluateAll((items) => items.map((i) => i.getAttribute('data-alert-kind')));
    expect(alertKinds).toEqual(credits.alerts.map((a) => a.kind));
    expect(alertKinds.length).toBeGreaterThan(0);

    await page.screenshot({ path: screenshotPath('dashboard-overview'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('puts a failed sync first, with its reason, and shows postpaid tenants spend against budget', async () => {
    const page = await context.newPage();
    const rewrite = (change: (body: CreditsResponse) => CreditsResponse) => async (route: Route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: change((await response.json()) as CreditsResponse) });
    };
    await page.route(
      '**/api/v1/credits',
      rewrite((body) => ({ ...body, data: { ...body.data, lastError: 'graph-permission-missing', lastErrorAt: body.asOf } })),
    );
    await page.goto(`${service.baseUrl}/tab/#overview`);
    await waitForViewReady(page, 'overview');
    await expect(page.getByTestId('sync-failure').textContent()).resolves.toContain(text('overview.sync.reasons.graph-permission-missing'));
    await page.screenshot({ path: screenshotPath('dashboard-overview-sync-failed'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.unroute('**/api/v1/credits');
    await page.route(
      '**/api/v1/credits',
      rewrite((body) => ({
        ...body,
        billingModel: 'postpaid',
        estimate: null,
        budget: {
          from: `${body.today.slice(0, 7)}-01`,
          to: body.today,
          spend: { amount: '812.40', currency: body.currency },
          chargesCounted: 120,
          budget: { amount: '1000.00', currency: body.currency },
          remaining: { amount: '187.60', currency: body.currency },
          budgetUsedBasisPoints: 8124,
          projectedMonthEnd: { amount: '1150.00', currency: body.currency },
        },
      })),
    );
    await page.reload();
    await waitForViewReady(page, 'overview');
    expect(await shownText(page, 'budget-spend')).toBe('$812.40');
    await expect(page.getByTestId('budget-panel').textContent()).resolves.toContain('of a $1,000.00 monthly budget');
    await expect(page.getByRole('progressbar').count()).resolves.toBe(1);
    await page.screenshot({ path: screenshotPath('dashboard-overview-postpaid'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('designs the loading, error and empty states, and recovers', async () => {
    const page = await context.newPage();
    // Loading: the usage answers are held back until the skeleton has been seen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    let failing = true;
    await page.route('**/api/v1/usage?*', async (route) => {
      await held;
      if (failing) await route.fulfill({ status: 503, json: { error: { code: 'unavailable', message: 'Service unavailable.' } } });
      else await route.continue();
    });
    await page.goto(`${service.baseUrl}/tab/#usage`);
    await page.getByTestId('loading').first().waitFor();
    await page.screenshot({ path: screenshotPath('dashboard-usage-loading'), fullPage: true });
    release();
    await page.getByText(text('common.loadFailed')).waitFor();
    await expect(page.getByText('Error code: unavailable').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: screenshotPath('dashboard-usage-error'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    failing = false;
    await page.getByRole('button', { name: text('actions.retry') }).click();
    await waitForViewReady(page, 'usage');
    await expect(page.getByText(text('common.loadFailed')).count()).resolves.toBe(0);

    // Empty: no balance entered yet; an admin is sent to Credits to enter one.
    await page.route('**/api/v1/credits', async (route) => {
      const response = await route.fetch();
      const body = (await response.json()) as CreditsResponse;
      await route.fulfill({ response, json: { ...body, estimate: { kind: 'no-snapshot', at: body.asOf, remedy: { code: 'enter-balance-snapshot', fixedBy: 'billing-admin' } }, lots: [] } });
    });
    await page.locator('#tab-overview').click();
    await waitForViewReady(page, 'overview');
    await page.getByText(text('overview.balance.noSnapshotTitle')).waitFor();
    await page.screenshot({ path: screenshotPath('dashboard-overview-no-balance'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: text('overview.balance.enterBalance') }).click();
    await waitForViewReady(page, 'credits');
    await expect(page.locator('#tab-credits').getAttribute('aria-selected')).resolves.toBe('true');
    await page.getByText(text('credits.lots.empty')).waitFor();
    await page.close();
  });

  it('redraws the usage chart when the range changes', async () => {
    const page = await openView('usage');
    const spend = page.getByTestId('chart-spend-svg').locator('svg[role="img"]');
    const columns = async () => Number(await spend.getAttribute('data-columns'));
    const firstDay = async () => spend.locator('g[data-column]').first().getAttribute('data-column');

    const days28 = await api<UsageResponse>('/usage?preset=28d&groupBy=day');
    expect(await columns()).toBe(28);
    expect(await firstDay()).toBe(days28.range.from);
    await page.screenshot({ path: screenshotPath('dashboard-usage-28d'), fullPage: true });

    await page.getByTestId('range-7d').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="chart-spend-svg"] svg[role="img"]')?.getAttribute('data-columns') === '7');
    await waitForViewReady(page, 'usage');
    const days7 = await api<UsageResponse>('/usage?preset=7d&groupBy=day');
    expect(await firstDay()).toBe(days7.range.from);
    await expect(page.getByTestId('range-7d').getAttribute('aria-pressed')).resolves.toBe('true');

    await page.getByTestId('range-13m').click();
    const days13m = await api<UsageResponse>('/usage?preset=13m&groupBy=day');
    await page.waitForFunction(
      (n) => document.querySelector('[data-testid="chart-spend-svg"] svg[role="img"]')?.getAttribute('data-columns') === String(n),
      days13m.groups.length,
    );
    await waitForViewReady(page, 'usage');
    expect(await firstDay()).toBe(days13m.range.from);
    expect(await shownText(page, 'total-cost')).toBe(money(days13m.totals.total.amount, days13m.currency));
    await page.screenshot({ path: screenshotPath('dashboard-usage-13m'), fullPage: true });

    // The chart's figures are also a table (WCAG 1.1.1).
    await page.getByTestId('chart-spend-svg').getByRole('button', { name: text('usage.charts.showTable') }).click();
    await expect(page.getByTestId('chart-spend-svg').locator('table tbody tr').count()).resolves.toBe(days13m.groups.length);
    expect(await seriousAxeViolations(page)).toEqual([]);

    await page.getByTestId('range-custom').click();
    await page.getByTestId('range-from').fill(days7.range.from);
    await page.getByTestId('range-to').fill(days7.range.to);
    await page.getByTestId('range-apply').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="chart-spend-svg"] svg[role="img"]')?.getAttribute('data-columns') === '7');
    await page.close();
  });

  it('filters by call kind, country and organizer', async () => {
    const page = await openView('usage');
    await page.getByTestId('filter-call-kind').selectOption('dial-out');
    await waitForViewReady(page, 'usage');
    const dialOut = await api<UsageResponse>('/usage?preset=28d&groupBy=day&callKind=dial-out');
    expect(await shownText(page, 'total-cost')).toBe(money(dialOut.totals.total.amount, dialOut.currency));
    // Only the dial-out series is left in the legend.
    await expect(page.getByTestId('chart-spend-svg').locator('li').allTextContents()).resolves.toEqual([text('usage.kinds.dial-out')]);

    const countries = await api<UsageResponse>('/usage?preset=28d&groupBy=country&callKind=dial-out&top=100');
    const country = countries.groups.find((g) => g.key !== null)?.key;
    if (!country) throw new Error('the demo usage has dial-outs to known countries');
    await page.getByTestId('filter-country').selectOption(country);
    await waitForViewReady(page, 'usage');
    const filtered = await api<UsageResponse>(`/usage?preset=28d&groupBy=day&callKind=dial-out&country=${country}`);
    expect(await shownText(page, 'total-cost')).toBe(money(filtered.totals.total.amount, filtered.currency));

    await page.getByRole('button', { name: text('usage.filters.clear') }).click();
    const organizers = await api<UsageResponse>('/usage?preset=28d&groupBy=organizer&top=100');
    const organizer = organizers.groups.find((g) => g.key !== null);
    if (!organizer?.key) throw new Error('the demo usage has attributed organizers');
    await page.getByTestId('filter-organizer').selectOption(organizer.key);
    await waitForViewReady(page, 'usage');
    expect(await shownText(page, 'total-cost')).toBe(money(organizer.figures.total.amount, organizers.currency));
    await page.screenshot({ path: screenshotPath('dashboard-usage-filtered'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  async function exportCsv(page: Page): Promise<string[][]> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const bytes = readFileSync(await download.path());
    // UTF-8 with a byte-order mark.
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    return parseCsv(bytes.subarray(3).toString('utf8'));
  }

  async function tableRows(page: Page): Promise<Array<{ key: string; cells: string[] }>> {
    return page.getByTestId('usage-table').locator('tbody tr[data-key]').evaluateAll((rows) =>
      rows.map((row) => ({
        key: row.getAttribute('data-key') ?? '',
        cells: [...row.querySelectorAll('td')].map((td) => (td.textContent ?? '').replace(/[\u00a0\u202f]/g, ' ').trim()),
      })),
    );
  }

  it('exports exactly the rows the table shows, in its order, with raw values', async () => {
    const page = await openView('usage');
    const number = (value: string) => new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 }).format(Number(value));

    for (const dimension of ['day', 'country'] as const) {
      await page.getByTestId('table-dimension').selectOption(dimension);
      await waitForViewReady(page, 'usage');
      if (dimension === 'country') {
        // Sort by calls, smallest first: the CSV follows the table's order, not the API's.
        await page.getByTestId('usage-table').getByRole('button', { name: text('usage.table.calls') }).click();
        await page.getByTestId('usage-table').getByRole('button', { name: text('usage.table.calls') }).click();
      }
      const rows = await tableRows(page);
      const [header, ...records] = await exportCsv(page);
      expect(header?.slice(-8)).toEqual(['calls', 'minutes', 'seconds', 'charge', 'connection_charge', 'total', 'credit_charge', 'currency']);
      expect(records.length).toBe(rows.length);
      expect(rows.length).toBeGreaterThan(0);
      const col = (name: string) => header?.indexOf(name) ?? -1;
      records.forEach((record, i) => {
        const row = rows[i];
        if (!row) throw new Error('fewer table rows than CSV records');
        const cells = row.cells;
        const [calls, minutes, cost, credits] = cells.slice(-4);
        expect(record[col('currency')]).toBe('USD');
        expect(record[col('total')]).toMatch(/^\d+(\.\d+)?$/);
        expect(calls).toBe(number(record[col('calls')] ?? ''));
        expect(minutes).toBe(number(record[col('minutes')] ?? ''));
        expect(cost).toBe(money(record[col('total')] ?? '', 'USD'));
        expect(credits).toBe(money(record[col('credit_charge')] ?? '', 'USD'));
        if (dimension === 'day') {
          expect(record[0]).toBe(row.key);
          expect(record[0]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        } else if (row.key !== '~rest') {
          expect(record[col('country_code')]).toBe(row.key.startsWith('null-') ? '' : row.key);
          expect(record[col('country_name')]).toBe(cells[0]);
        }
      });
      if (dimension === 'country') {
        const calls = records.map((r) => Number(r[col('calls')]));
        expect(calls).toEqual([...calls].sort((a, b) => a - b));
      }
    }
    await page.close();
  });

  it('records an admin entry once, however often it is confirmed, and shows it', async () => {
    const before = await api<LedgerEntriesResponse>('/credits/entries');
    const page = await openView('credits');
    await page.screenshot({ path: screenshotPath('dashboard-credits'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);

    // Validation first: nothing is sent for a bad amount.
    await page.getByRole('radio', { name: text('credits.form.purchase') }).check();
    await page.getByTestId('entry-amount').fill('12.345');
    await page.getByTestId('entry-review').click();
    await page.getByText('Enter an amount such as 1,234.5, with at most 2 decimal places.').waitFor();
    await expect(page.getByRole('alertdialog').count()).resolves.toBe(0);

    await page.getByTestId('entry-amount').fill('1,250.50');
    await page.getByTestId('entry-review').click();
    const dialog = page.getByRole('alertdialog');
    await dialog.waitFor();
    await expect(dialog.getByTestId('confirm-summary').textContent()).resolves.toMatch(/^Purchase of \$1,250\.50 on /);
    await page.screenshot({ path: screenshotPath('dashboard-credits-confirm') });
    expect(await seriousAxeViolations(page)).toEqual([]);

    const posts: Array<{ key: string | undefined; body: string | null }> = [];
    page.on('request', (request) => {
      if (request.method() === 'POST' && request.url().endsWith('/api/v1/credits/entries')) {
        posts.push({ key: request.headers()['idempotency-key'], body: request.postData() });
      }
    });
    await dialog.getByTestId('confirm-record').dblclick();
    await page.getByTestId('entry-recorded').waitFor();
    await expect(page.getByTestId('entry-recorded').textContent()).resolves.toContain('The purchase of $1,250.50 was recorded.');
    await waitForViewReady(page, 'credits');

    const after = await api<LedgerEntriesResponse>('/credits/entries');
    const added = after.entries.filter((e) => !before.entries.some((b) => b.id === e.id));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ kind: 'purchase', amount: { amount: '1250.50', currency: 'USD' }, origin: 'manual', reversed: false });
    // Every request for this entry carried one and the same key; sent again, it is the same entry, not a new one.
    expect(new Set(posts.map((p) => p.key)).size).toBe(1);
    const replay = await fetch(`${service.baseUrl}/api/v1/credits/entries`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'idempotency-key': posts[0]?.key ?? '' },
      body: posts[0]?.body ?? '',
    });
    expect(replay.status).toBe(200);
    await expect(replay.json()).resolves.toMatchObject({ created: false, entry: { id: added[0]?.id } });
    expect((await api<LedgerEntriesResponse>('/credits/entries')).entries).toHaveLength(after.entries.length);
    await expect(page.getByTestId('ledger-table').locator(`tr[data-key="${added[0]?.id}"]`).textContent()).resolves.toContain('$1,250.50');
    await page.screenshot({ path: screenshotPath('dashboard-credits-recorded'), fullPage: true });
    await page.close();
  });

  it('gives a Reader the tenant views without the entry form', async () => {
    // The demo directory has no Credits.Reader; the role the tab acts on comes from /me, so that one answer is replaced.
    const page = await context.newPage();
    await page.route('**/api/v1/me', async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, json: { ...((await response.json()) as object), role: 'reader' } });
    });
    await page.goto(`${service.baseUrl}/tab/#credits`);
    await waitForViewReady(page, 'credits');
    expect(await shownViews(page)).toEqual(['overview', 'usage', 'credits', 'settings', 'myMeetings']);
    await expect(page.getByTestId('entry-form').count()).resolves.toBe(0);
    await page.getByText(text('credits.form.readerNote')).waitFor();
    await page.screenshot({ path: screenshotPath('dashboard-reader-credits'), fullPage: true });
    await page.close();
  });

  it('shows an organizer only their own meetings and coverage, never tenant data', async () => {
    const tenantCalls: string[] = [];
    const page = await context.newPage();
    page.on('request', (request) => {
      if (/\/api\/v1\/(credits|usage\?(?!.*organizer=))/.test(request.url())) tenantCalls.push(request.url());
    });
    await page.goto(`${service.baseUrl}/tab/?as=${AVERY}#overview`);
    await waitForViewReady(page, 'myMeetings');
    expect(await shownViews(page)).toEqual(['myMeetings']);
    await page.getByTestId('range-13m').click();
    const own = await api<UsageResponse>(`/usage?preset=13m&groupBy=conference&organizer=${AVERY}&top=100`, AVERY);
    expect(own.scope).toBe('own');
    expect(own.totals.calls).toBeGreaterThan(0);
    await page.waitForFunction(
      (expected) => document.querySelectorAll('[data-testid="usage-table"] tbody tr[data-key]').length === expected,
      own.groups.length + (own.rest ? 1 : 0),
    );
    await waitForViewReady(page, 'myMeetings');
    expect(await shownText(page, 'total-cost')).toBe(money(own.totals.total.amount, own.currency));
    await expect(page.getByTestId('coverage-status').textContent()).resolves.not.toBe('');
    await expect(page.getByTestId('usage-table').locator('tbody tr[data-key]').count()).resolves.toBe(own.groups.length + (own.rest ? 1 : 0));
    expect(tenantCalls).toEqual([]);
    expect(await page.locator('body').innerText()).not.toMatch(rawKeyPattern());
    await page.screenshot({ path: screenshotPath('dashboard-organizer-my-meetings'), fullPage: true });
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.close();
  });

  it('renders every view in the dark theme, accessible', async () => {
    const dark = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US', reducedMotion: 'reduce' });
    dark.setDefaultTimeout(60_000);
    await dark.route(OFFLINE_CDN_PATTERN, (route) => route.abort());
    for (const view of ['overview', 'usage', 'credits', 'myMeetings'] as const) {
      const page = await openView(view, '?theme=dark', dark);
      expect(await page.locator('body').innerText()).not.toMatch(rawKeyPattern());
      await page.screenshot({ path: screenshotPath(`dashboard-dark-${view}`), fullPage: true });
      expect(await seriousAxeViolations(page)).toEqual([]);
      await page.close();
    }
    await dark.close();
  });
});
