/** Helpers shared by the tab's browser tests (test/e2e/tab-*.test.ts). */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { VIEW_IDS, type ViewId } from '../../tab/src/shell/navigation';

const repoRoot = path.resolve(__dirname, '../..');
export const ARTIFACTS_DIR = path.join(repoRoot, 'test', 'artifacts', 'tab');

/** The service serves dist/tab; `npm test` builds it first, a lone `npx jest test/e2e/tab` may not have. */
export function ensureTabBuilt(): void {
  if (existsSync(path.join(repoRoot, 'dist', 'tab', 'index.html'))) return;
  execFileSync(process.execPath, ['tab/build.mjs'], { cwd: repoRoot, stdio: 'pipe' });
}

export function screenshotPath(name: string): string {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  return path.join(ARTIFACTS_DIR, `${name}.png`);
}

type Tree = { [key: string]: string | Tree };

export function tabStrings(language: string): Map<string, string> {
  const tree = JSON.parse(readFileSync(path.join(repoRoot, 'tab', 'i18n', `${language}.json`), 'utf8')) as Tree;
  const out = new Map<string, string>();
  const walk = (node: Tree, prefix: string): void => {
    for (const [key, value] of Object.entries(node)) {
      if (typeof value === 'string') out.set(`${prefix}${key}`, value);
      else walk(value, `${prefix}${key}.`);
    }
  };
  walk(tree, '');
  return out;
}

/** Matches a raw key from the tab's namespaces (nav.overview, views.usage.title) that leaked onto the page. */
export function rawKeyPattern(): RegExp {
  const namespaces = [...new Set([...tabStrings('en-US').keys()].map((key) => key.split('.')[0]))];
  return new RegExp(`\\b(${namespaces.join('|')})(\\.[a-zA-Z0-9]+)+\\b`);
}

/** '#1f1f1f' → 'rgb(31, 31, 31)', as getComputedStyle reports it. */
export function cssRgb(hex: string): string {
  const value = hex.replace('#', '');
  const full = value.length === 3 ? [...value].map((c) => c + c).join('') : value;
  const [r, g, b] = [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  return `rgb(${r}, ${g}, ${b})`;
}

export function rootBackground(target: Page | Frame): Promise<string> {
  return target.evaluate(() => {
    const root = document.getElementById('app-root');
    return root ? getComputedStyle(root).backgroundColor : 'no #app-root';
  });
}

/** The ids of the section tabs shown, in order (Tab ids are `tab-<viewId>`). */
export async function shownViews(target: Page | Frame): Promise<ViewId[]> {
  const ids = await target.locator('[role="tab"]').evaluateAll((tabs) => tabs.map((tab) => tab.id));
  return ids.map((id) => id.replace(/^tab-/, '')).filter((id): id is ViewId => (VIEW_IDS as readonly string[]).includes(id));
}

/** Opens a section and waits for its heading. */
export async function openView(target: Page | Frame, view: ViewId, title: string): Promise<void> {
  await target.locator(`#tab-${view}`).click();
  await target.getByRole('heading', { level: 1, name: title }).waitFor();
}

/** The test id of each view's root; it carries data-state="ready" once every part of the view has answered. */
export const VIEW_ROOTS: Partial<Record<ViewId, string>> = {
  overview: 'overview',
  usage: 'usage',
  credits: 'credits',
  myMeetings: 'my-meetings',
};

/** Waits until the view's data has arrived, so text checks, axe and screenshots see the finished page. */
export async function waitForViewReady(target: Page | Frame, view: ViewId): Promise<void> {
  const root = VIEW_ROOTS[view];
  if (root) await target.locator(`[data-testid="${root}"][data-state="ready"]`).waitFor({ timeout: 60_000 });
}

/** Intl output uses no-break and narrow no-break spaces; compare with plain ones. */
export function plainSpaces(text: string): string {
  return text.replace(/[\u00a0\u202f]/g, ' ').trim();
}

/** A strict RFC 4180 reader for the exported CSV (BOM removed by the caller). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) rows.push([...row, cell]);
  return rows;
}
