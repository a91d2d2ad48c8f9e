/**
 * The tab: its size (first load, the overview's first load, each lazy chunk, the total) and the time of the overview's
 * first render with 13 months of demo usage (DEMO_USAGE=full) in headless Chromium, cold (a new browser profile each
 * run, nothing cached) and warm (the same page loaded again). Run: node scripts/bench.mjs tab
 *
 * "Rendered" means the overview's data-state is "ready": the balance, the forecast, this month against last month and
 * the alerts are on screen, every request answered. Times are from navigation start (performance.now() in the page).
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { OFFLINE_CDN_PATTERN, launchBrowser } from '../support/browser';
import { startBenchService } from './support/bench-service';

const RUNS = 7;
const repoRoot = path.resolve(__dirname, '..', '..');

interface BundleSize {
  firstLoad: { raw: number; gzip: number };
  overviewFirstLoad: { raw: number; gzip: number };
  lazy: Record<string, { raw: number; gzip: number }>;
  total: { raw: number; gzip: number; files: number };
}

interface RenderSample {
  /** The first paint with the balance on it. */
  balanceMs: number;
  /** Every panel filled (data-state="ready"). */
  readyMs: number;
  /** The two API answers the overview waits for, as the browser timed them. */
  creditsApiMs: number;
  usageApiMs: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

const round = (ms: number): number => Math.round(ms);

async function waitForDemoUsage(baseUrl: string): Promise<{ rows: number; ms: number }> {
  const started = Date.now();
  for (;;) {
    const health = (await (await fetch(`${baseUrl}/healthz`)).json()) as { demoUsage?: { status: string; rowsTotal: number | null; rowsWritten: number } };
    const status = health.demoUsage?.status;
    if (status === 'done' || status === 'current') return { rows: health.demoUsage?.rowsTotal ?? health.demoUsage?.rowsWritten ?? 0, ms: Date.now() - started };
    if (status === 'failed') throw new Error('the demo usage import failed');
    if (Date.now() - started > 15 * 60_000) throw new Error('the demo usage import did not finish in 15 minutes');
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function measureRender(page: Page, navigate: () => Promise<unknown>): Promise<RenderSample> {
  await navigate();
  await page.getByTestId('balance-amount').waitFor({ timeout: 120_000 });
  const balanceMs = await page.evaluate(() => performance.now());
  await page.locator('[data-testid="overview"][data-state="ready"]').waitFor({ timeout: 120_000 });
  const readyMs = await page.evaluate(() => performance.now());
  const api = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .filter((e) => e.name.includes('/api/v1/'))
      .map((e) => ({ name: e.name, ms: e.duration })),
  );
  const timeOf = (part: string): number => api.find((e) => e.name.includes(part))?.ms ?? Number.NaN;
  return { balanceMs, readyMs, creditsApiMs: timeOf('/api/v1/credits'), usageApiMs: timeOf('/api/v1/usage') };
}

function summarize(samples: RenderSample[]): Record<string, number> {
  return {
    balanceMedianMs: round(median(samples.map((s) => s.balanceMs))),
    readyMedianMs: round(median(samples.map((s) => s.readyMs))),
    readyMinMs: round(Math.min(...samples.map((s) => s.readyMs))),
    readyMaxMs: round(Math.max(...samples.map((s) => s.readyMs))),
    creditsApiMedianMs: round(median(samples.map((s) => s.creditsApiMs))),
    usageApiMedianMs: round(median(samples.map((s) => s.usageApiMs))),
  };
}

export async function run(): Promise<object> {
  const size = JSON.parse(execFileSync(process.execPath, ['tab/bundle-size.mjs', 'dist/tab'], { cwd: repoRoot, encoding: 'utf8' })) as BundleSize;
  const kb = (bytes: number): number => Math.round(bytes / 100) / 10;

  const service = await startBenchService({ DEMO_USAGE: 'full', TAB_DIR: path.join(repoRoot, 'dist', 'tab') });
  let browser: Browser | undefined;
  try {
    const demo = await waitForDemoUsage(service.baseUrl);
    console.log(`demo usage ready (${demo.rows} rows) after ${Math.round(demo.ms / 1000)} s`);
    browser = await launchBrowser();
    const url = `${service.baseUrl}/tab/#overview`;

    const cold: RenderSample[] = [];
    const warm: RenderSample[] = [];
    for (let i = 0; i < RUNS; i++) {
      // A fresh context is a fresh profile: no HTTP cache, no service state in the page.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
      await context.route(OFFLINE_CDN_PATTERN, (route) => route.abort());
      const page = await context.newPage();
      cold.push(await measureRender(page, () => page.goto(url)));
      // The same tab opened again: scripts from the HTTP cache, the API asked afresh.
      warm.push(await measureRender(page, () => page.reload()));
      await context.close();
    }
    console.log(`overview ready: cold median ${summarize(cold).readyMedianMs} ms, warm median ${summarize(warm).readyMedianMs} ms`);

    return {
      bundle: {
        firstLoadGzipKB: kb(size.firstLoad.gzip),
        overviewFirstLoadGzipKB: kb(size.overviewFirstLoad.gzip),
        overviewBudgetGzipKB: 250,
        totalGzipKB: kb(size.total.gzip),
        totalRawKB: kb(size.total.raw),
        files: size.total.files,
        lazyGzipKB: Object.fromEntries(Object.entries(size.lazy).map(([name, s]) => [name, kb(s.gzip)])),
      },
      demoUsage: { rows: demo.rows, months: 13 },
      overviewFirstRender: { runs: RUNS, cold: summarize(cold), warm: summarize(warm) },
    };
  } finally {
    await browser?.close();
    await service.stop();
  }
}
