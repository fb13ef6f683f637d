/**
 * The first screen and its geodata (main.ts): the page waits a moment for the two preloaded files so
 * that the map and the panel paint together, but a slow or failing network never holds the panel, and a
 * base map that cannot load says so instead of leaving a blank area.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumPath, launch, mapFirst, open } from './browser';

const heading = (page: Page) => page.locator('#panel-heading, [data-testid="panel"] h2').first();

describe.skipIf(!chromiumPath)('loading the geodata', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('draws the map in the same first render as the panel when the files are there', async () => {
    const w = await open(browser, '?rendu=svg');
    await mapFirst(w.page);
    // map-first is marked in the frame that paints the map; the first contentful paint is no earlier:
    // the panel did not paint alone first.
    await w.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const t = await w.page.evaluate(() => ({
      first: performance.getEntriesByName('map-first')[0]!.startTime,
      paint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    }));
    expect(t.paint).toBeGreaterThanOrEqual(t.first);
    expect(await w.page.locator('svg.svg-map path.land').count()).toBe(13);
    await w.check('first render');
    await w.close();
  });

  it('shows the panel before a slow base map, then the map', async () => {
    const w = await open(browser, '?rendu=svg', {
      prepare: (page) =>
        page.route('**/geo/france.json', async (route) => {
          await new Promise((r) => setTimeout(r, 2500));
          await route.continue();
        }),
    });
    await w.page.locator('[data-testid="marker"]').first().waitFor();
    await expect.poll(() => heading(w.page).textContent()).toContain('Vue d’ensemble');
    expect(await w.page.locator('svg.svg-map path.land').count()).toBe(0);
    await mapFirst(w.page);
    expect(await w.page.locator('svg.svg-map path.land').count()).toBe(13);
    await w.close();
  });

  it('says so when the base map cannot load, and the territories still work', async () => {
    const w = await open(browser, '?rendu=svg', {
      prepare: (page) =>
        page.route('**/geo/france.json', (route) => route.fulfill({ status: 503, body: 'down' })),
    });
    const alert = w.page.locator('.load-error[role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('france.json: HTTP 503');
    expect(await w.page.locator('[data-testid="marker"]').count()).toBe(8);
    await w.page.locator('[data-testid="marker"]').first().click();
    await expect.poll(() => w.page.evaluate(() => location.search)).toContain('territoire=');
    await w.close();
  });
});
