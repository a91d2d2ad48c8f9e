/**
 * End to end (issue 5 "Tests"): the real service, the Microsoft 365 Agents Playground as the Teams client and Debian's
 * Chromium. Ask for an estimate, change the duration in the card, click the Action.Execute button, see the new total.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT_DIR, type TestService } from '../support/service';
import { startPlayground, startPlaygroundSession, type PlaygroundSession, type RunningPlayground } from '../support/playground';
import { chromiumAvailable } from '../support/browser';
import { translatorFor } from '../../bot/i18n/i18n';

const ARTIFACTS = path.join(ROOT_DIR, 'test', 'artifacts', 'playground');
const run = chromiumAvailable('Playground estimate end-to-end suite') ? describe : describe.skip;

run('an estimate in the Agents Playground (Chromium)', () => {
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

  it('asks for an estimate, changes the duration in the card, clicks Action.Execute and sees the new total', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const t = translatorFor('en-US');
    try {
      await page.goto(playground.url, { waitUntil: 'domcontentloaded' });
      const input = page.locator('[contenteditable][role=textbox]').first();
      await input.waitFor({ state: 'visible', timeout: 30_000 });
      await input.click();
      await page.keyboard.type('What will a 90 minute meeting cost with 4 toll-free dial-ins from France and 2 dial-outs to Japan?');
      await page.keyboard.press('Enter');

      // 4 × 90 × 0.061 + 2 × (90 × 0.041 + 0.01) = 21.96 + 7.40 (demo rates, USD)
      const first = t.t('estimate.total', { total: '$29.36' });
      const card = page.locator('.ac-adaptiveCard', { hasText: first }).last();
      await card.waitFor({ state: 'visible', timeout: 20_000 });
      await page.screenshot({ path: path.join(ARTIFACTS, 'estimate-90.png'), fullPage: true });

      const duration = card.getByLabel(t.t('form.fields.duration'), { exact: false }).first();
      await duration.fill('30');
      await card.getByRole('button', { name: t.t('estimate.form.update') }).click();

      // 4 × 30 × 0.061 + 2 × (30 × 0.041 + 0.01) = 7.32 + 2.48
      const updated = page.locator('.ac-adaptiveCard', { hasText: t.t('estimate.total', { total: '$9.80' }) }).last();
      await updated.waitFor({ state: 'visible', timeout: 20_000 });
      await page.screenshot({ path: path.join(ARTIFACTS, 'estimate-30.png'), fullPage: true });
      expect(await updated.innerText()).toContain(t.t('rates.demoNotice'));
      // The invoke response replaced the card rather than posting a new one: the old total is gone.
      await expect(page.locator('.ac-adaptiveCard', { hasText: first }).count()).resolves.toBe(0);
    } finally {
      await page.close();
    }
  }, 120_000);

  it('answers Camille in French: a Japanese number is blocked by her domestic-only policy', async () => {
    const camille = await startPlayground(`${service.baseUrl}/api/messages`, { currentUser: 'camille' });
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, locale: 'fr-FR' });
    const t = translatorFor('fr-FR');
    try {
      await page.goto(camille.url, { waitUntil: 'domcontentloaded' });
      const input = page.locator('[contenteditable][role=textbox]').first();
      await input.waitFor({ state: 'visible', timeout: 30_000 });
      await input.click();
      await page.keyboard.type('Puis-je appeler le +81 3 1234 5678 ?');
      await page.keyboard.press('Enter');
      const card = page.locator('.ac-adaptiveCard', { hasText: t.t('dialOut.verdict.blocked') }).last();
      await card.waitFor({ state: 'visible', timeout: 20_000 });
      await page.screenshot({ path: path.join(ARTIFACTS, 'dial-out-fr.png'), fullPage: true });
      expect(await card.innerText()).toContain(t.t('dialOut.whoCanChange', { who: t.t('fixers.teams-admin') }));
    } finally {
      await page.close();
      await camille.stop();
    }
  }, 120_000);
});
