/**
 * End to end: the real service, the Microsoft 365 Agents Playground as the Teams client, and Debian's Chromium.
 * Type "help" and see the help card rendered by the Playground's Adaptive Cards renderer.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT_DIR, type TestService } from '../support/service';
import { startPlaygroundSession, type PlaygroundSession, type RunningPlayground } from '../support/playground';
import { chromiumAvailable } from '../support/browser';
import { translatorFor } from '../../bot/i18n/i18n';

const ARTIFACTS = path.join(ROOT_DIR, 'test', 'artifacts', 'playground');
const run = chromiumAvailable('Playground end-to-end suite') ? describe : describe.skip;

run('the bot in the Agents Playground (Chromium)', () => {
  let session: PlaygroundSession;
  let service: TestService;
  let playground: RunningPlayground;
  let browser: Browser;

  beforeAll(async () => {
    session = await startPlaygroundSession({});
    ({ service, playground, browser } = session);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);

  afterAll(() => session?.stop());

  it('shows the welcome card, then answers "help" with the help card', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      const t = translatorFor('en-US');
      await page.goto(playground.url, { waitUntil: 'domcontentloaded' });
      const input = page.locator('[contenteditable][role=textbox]').first();
      await input.waitFor({ state: 'visible', timeout: 30_000 });
      const welcome = page.locator('.ac-adaptiveCard', { hasText: t.t('welcome.title') }).first();
      await welcome.waitFor({ state: 'visible', timeout: 20_000 });
      await input.click();
      await page.keyboard.type('help');
      await page.keyboard.press('Enter');
      const helpCard = page.locator('.ac-adaptiveCard', { hasText: t.t('help.title') }).last();
      await helpCard.waitFor({ state: 'visible', timeout: 20_000 });
      await page.screenshot({ path: path.join(ARTIFACTS, 'help.png'), fullPage: true });
      const text = await helpCard.innerText();
      expect(text).toContain(t.t('help.eligibility.title'));
      expect(text).toContain(t.t('help.dialOut.title'));
      expect(text).not.toContain(t.t('help.unknown'));
    } finally {
      await page.close();
    }
  }, 90_000);
});
