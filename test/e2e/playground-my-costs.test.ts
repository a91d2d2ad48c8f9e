/**
 * End to end (issue 7 "Done when"): the real service with the demo usage imported, the Microsoft 365 Agents Playground
 * as the Teams client with Camille as its user, and Debian's Chromium. Camille asks in French what her meetings cost
 * this month and sees her real demo meetings: the total, the count and her costliest meeting, exactly as the usage API
 * has them for her.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { ROOT_DIR, type TestService } from '../support/service';
import { startPlaygroundSession, type PlaygroundSession, type RunningPlayground } from '../support/playground';
import { chromiumAvailable } from '../support/browser';
import { translatorFor } from '../../bot/i18n/i18n';
import { fixedClock } from '../../bot/clock';
import { demoUser } from '../../bot/demo/demo-tenant';
import { formatMoney, fromMoneyJson } from '../../bot/billing';
import type { UsageResponse } from '../../bot/api/contracts';

const ARTIFACTS = path.join(ROOT_DIR, 'test', 'artifacts', 'playground');
const run = chromiumAvailable('Playground meeting-costs end-to-end suite') ? describe : describe.skip;
/** Late in the month, so "ce mois-ci" holds a few weeks of Camille's demo meetings (the data lags 36 hours). */
const NOW = '2026-11-20T17:00:00.000Z';

/** Card text as a person reads it: French amounts use narrow no-break spaces, which innerText keeps. */
const plain = (text: string) => text.replace(/\s+/g, ' ');

run('"what did my meetings cost" in the Agents Playground, in French (Chromium)', () => {
  let session: PlaygroundSession;
  let service: TestService;
  let playground: RunningPlayground;
  let browser: Browser;

  beforeAll(async () => {
    session = await startPlaygroundSession({ service: { clock: fixedClock(NOW) }, currentUser: 'camille' });
    ({ service, playground, browser } = session);
    fs.mkdirSync(ARTIFACTS, { recursive: true });
  }, 60_000);

  afterAll(() => session?.stop());

  it('Camille asks « combien ont coûté mes réunions ce mois-ci ? » and sees her real demo meetings', async () => {
    const t = translatorFor('fr-FR');
    const response = await fetch(`${service.baseUrl}/api/v1/usage?preset=month&groupBy=conference&top=100`, {
      headers: { 'x-demo-user': demoUser('camille').aadObjectId },
    });
    const usage = (await response.json()) as UsageResponse;
    expect(usage.scope).toBe('own');
    expect(usage.groupCount).toBeGreaterThan(0);
    const costliest = usage.groups[0]!;

    const page = await browser.newPage({ viewport: { width: 1280, height: 1400 }, locale: 'fr-FR' });
    try {
      await page.goto(playground.url, { waitUntil: 'domcontentloaded' });
      const input = page.locator('[contenteditable][role=textbox]').first();
      await input.waitFor({ state: 'visible', timeout: 30_000 });
      await input.click();
      await page.keyboard.type('combien ont coûté mes réunions ce mois-ci ?');
      await page.keyboard.press('Enter');

      const card = page.locator('.ac-adaptiveCard', { hasText: t.t('myCosts.title') }).last();
      await card.waitFor({ state: 'visible', timeout: 20_000 });
      await page.screenshot({ path: path.join(ARTIFACTS, 'my-costs-fr.png'), fullPage: true });
      const shown = plain(await card.innerText());
      expect(shown).toContain(plain(t.t('myCosts.total', { cost: formatMoney(fromMoneyJson(usage.totals.total), 'fr-FR') })));
      expect(shown).toContain(plain(t.t('myCosts.summary', {
        meetings: new Intl.NumberFormat('fr-FR').format(usage.groupCount),
        calls: new Intl.NumberFormat('fr-FR').format(usage.totals.calls),
        minutes: new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(Math.round(usage.totals.seconds / 6) / 10),
      })));
      expect(shown).toContain(`ID de conférence ${costliest.key}`);
      expect(shown).toContain(plain(formatMoney(fromMoneyJson(costliest.figures.total), 'fr-FR')));
      expect(shown).toContain('24 à 48 heures');
    } finally {
      await page.close();
    }
  }, 120_000);
});
