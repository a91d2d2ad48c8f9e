import { existsSync, readFileSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM_PATH = '/usr/bin/chromium';

/**
 * True when Debian's Chromium is installed. Suites that need it skip LOUDLY otherwise; CI installs it, so CI never
 * skips (.ci/run).
 */
export function chromiumAvailable(suite = 'browser suite'): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  console.warn(
    `\n*** ${suite} SKIPPED: ${CHROMIUM_PATH} is missing. Install it with "apt-get install -y chromium" (CI does). ***\n`,
  );
  return false;
}

/**
 * Headless Chromium with a fresh profile. Playwright refuses `--user-data-dir` in launch(); it already gives every
 * launch its own temporary profile directory and deletes it on close, which is what the flag was for.
 */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  nodes: Array<{ target: string[]; failureSummary?: string; html?: string }>;
}

interface Evaluator {
  evaluate(expression: string): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

let axeSource: string | undefined;

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Runs axe-core (WCAG 2.0/2.1 A and AA) in a page or frame and returns the serious and critical violations, so a
 * test can `expect(await seriousAxeViolations(frame)).toEqual([])` and see what failed.
 */
export async function seriousAxeViolations(target: Evaluator): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol rather than a <script> tag: the tab's CSP (script-src 'self') rightly
  // blocks inline scripts, and the tests keep that CSP on.
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await target.evaluate(axeSource);
  const violations = await target.evaluate(async (tags: string[]) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary, html: n.html })),
    }));
  }, WCAG_TAGS);
  return violations
    .map((v) => ({ ...v, nodes: v.nodes.filter((n) => !isTabsterFocusSentinel(v.id, n.html)) }))
    .filter((v) => v.nodes.length > 0 && (v.impact === 'serious' || v.impact === 'critical'))
    .map((v) => ({ ...v, nodes: v.nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) }));
}

/**
 * Fluent v9's keyboard navigation (Tabster) puts `<i tabindex="0" aria-hidden="true" data-tabster-dummy>` sentinels
 * around arrow-key groups such as TabList; they pass focus on at once and are hidden from screen readers on purpose.
 * axe flags them as aria-hidden-focus: a known false positive that Accessibility Insights also suppresses
 * (microsoft/tabster#288, microsoft/accessibility-insights-web#7605). Only that rule, only those nodes, are dropped.
 */
function isTabsterFocusSentinel(ruleId: string, html: string | undefined): boolean {
  return ruleId === 'aria-hidden-focus' && typeof html === 'string' && /^<i [^>]*data-tabster-dummy/.test(html);
}

/** Keeps browser tests offline: teams-js fetches its valid-domains list from a CDN on load. */
export const OFFLINE_CDN_PATTERN = 'https://res.cdn.office.net/**';
