/**
 * The public-sector pages as built and served: each passes axe in both colour schemes with no console
 * error, CSP violation or foreign request, carries the atlas's CSP, and its back link reaches the atlas.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { CSP, PAGES } from '../../vite.config';
import { chromiumPath, launch, mapFirst, open } from './browser';

const TITLES: Record<(typeof PAGES)[number], string> = {
  accessibilite: 'Déclaration d’accessibilité',
  'mentions-legales': 'Mentions légales',
  donnees: 'Données et licences',
};

describe.skipIf(!chromiumPath)('public-sector pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  describe.each(PAGES)('%s.html', (name) => {
    it.each(['light', 'dark'] as const)(
      'passes axe in the %s scheme, with the atlas’s CSP',
      async (colorScheme) => {
        const w = await open(browser, `${name}.html`, { colorScheme });
        expect(await w.page.locator('h1').count()).toBe(1);
        expect(await w.page.locator('h1').textContent()).toBe(TITLES[name]);
        expect(await w.page.title()).toBe(
          `${TITLES[name]} — Atlas de la Fabrique prospective «\u202Findustrie\u202F»`,
        );
        expect(await w.page.locator('html').getAttribute('lang')).toBe('fr');
        expect(
          await w.page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
        ).toBe(CSP);
        // The page's own stylesheet applied (and the CSP let it): the reading column is centred.
        expect(await w.page.locator('main').evaluate((m) => getComputedStyle(m).maxWidth)).not.toBe('none');
        await w.check(`${name}, ${colorScheme}`);
        await w.close();
      },
    );

    it('reaches the English version and goes back to the atlas', async () => {
      const w = await open(browser, `${name}.html`);
      await w.page.locator('header a[lang="en"]').click();
      await expect.poll(() => w.page.url()).toMatch(new RegExp(`#${name}-en$`));
      expect(await w.page.locator(`#${name}-en`).getAttribute('lang')).toBe('en');
      await w.page.locator('header a.page-back').click();
      await expect.poll(() => new URL(w.page.url()).pathname).toMatch(/\/index\.html$/);
      await mapFirst(w.page);
      expect(await w.page.locator('[data-testid="marker"]').count()).toBe(8);
      await w.check(`${name} → atlas`);
      await w.close();
    });
  });
});
