import { existsSync } from 'node:fs';
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
