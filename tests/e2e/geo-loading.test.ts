/**
 * The first screen and its geodata (main.ts, App.svelte): the page waits a moment for the two preloaded
 * files so that the map is in the first frame, and the panel follows; a slow or failing network never
 * holds the panel, a base map that cannot load says so instead of leaving a blank area, and on a phone
 * the map does not jump when the panel's content arrives. The client's own first render is what a link
 * with parameters gets (`lang=fr` here: the build's prerender, #17, is only hydrated for the default
 * view); the prerendered page with a slow base map is the last test.
 */

/** A link to the default view that the client renders itself (not the prerender's hydration). */
const CLIENT = '?lang=fr&rendu=svg';
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

  it('paints the map in the first frame when the files are there, the panel just after', async () => {
    const w = await open(browser, CLIENT);
    await mapFirst(w.page);
    // map-first is marked in the frame that paints the map; the first contentful paint is no earlier:
    // nothing painted before the map. The panel mounts on map-first (App.svelte).
    await w.page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0);
    const t = await w.page.evaluate(() => ({
      first: performance.getEntriesByName('map-first')[0]!.startTime,
      paint: performance.getEntriesByName('first-contentful-paint')[0]!.startTime,
    }));
    expect(t.paint).toBeGreaterThanOrEqual(t.first);
    expect(await w.page.locator('svg.svg-map path.land').count()).toBe(13);
    await w.page.locator('[data-testid="panel-heading"]').waitFor();
    await w.check('first render');
    await w.close();
  });

  it('keeps the layout still while the panel and its lazy view arrive (390 px, a territory link)', async () => {
    for (const path of ['?rendu=svg&territoire=nord-loiret', '?rendu=svg']) {
      const w = await open(browser, path, {
        width: 390,
        height: 844,
        prepare: (page) =>
          page.addInitScript(() => {
            const w = window as unknown as { shifts: number };
            w.shifts = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[])
                if (!e.hadRecentInput) w.shifts += e.value;
            }).observe({ type: 'layout-shift', buffered: true });
          }),
      });
      await mapFirst(w.page);
      await w.page.locator('[data-testid="panel-heading"]').waitFor();
      await w.page.waitForTimeout(500);
      expect(await w.page.evaluate(() => (window as unknown as { shifts: number }).shifts), path).toBe(0);
      await w.close();
    }
  });

  it('shows the panel before a slow base map, then the map', async () => {
    const w = await open(browser, CLIENT, {
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

  it('prerendered, hydrates at once with a slow base map: the map of the HTML answers, then lays out at its size', async () => {
    let released = 0;
    const w = await open(browser, '?rendu=svg', {
      prepare: (page) =>
        page.route('**/geo/france.json', async (route) => {
          await new Promise((r) => setTimeout(r, 2500));
          released = performance.now();
          await route.continue();
        }),
    });
    // The HTML's map and overview, hydrated before the file has come (main.ts): nothing waits on screen.
    await w.page.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0, null, {
      timeout: 15_000,
    });
    expect(released).toBe(0);
    expect(await w.page.locator('#app').getAttribute('data-prerendered')).toBe('');
    const svg = w.page.locator('svg.svg-map');
    expect(await w.page.locator('svg.svg-map path.land').count()).toBe(13);
    await expect.poll(() => heading(w.page).textContent()).toContain('Vue d’ensemble');
    // Still the HTML's paths at the design size, scaled by CSS, until the geodata has come.
    expect(await svg.getAttribute('viewBox')).toBe('0 0 960 640');
    // A click is answered before the file has come: the territory opens.
    const marker = w.page.locator('[data-testid="marker"][data-id="nord-loiret"]');
    await marker.click();
    await expect.poll(() => marker.getAttribute('aria-pressed')).toBe('true');
    expect(released).toBe(0);
    // Once it has come, the map lays itself out at its own size, the territory framed.
    await expect.poll(() => svg.getAttribute('viewBox'), { timeout: 15_000 }).not.toBe('0 0 960 640');
    expect(released).toBeGreaterThan(0);
    const box = (await svg.boundingBox())!;
    expect(await svg.getAttribute('viewBox')).toBe(`0 0 ${Math.round(box.width)} ${Math.round(box.height)}`);
    expect(await w.page.locator('svg.svg-map path.land').count()).toBe(13);
    await w.check('prerendered, slow base map');
    await w.close();
  });
});
