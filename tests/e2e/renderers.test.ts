/**
 * The renderer policy: MapLibre takes over with rendu=webgl, on the same camera as the SVG, without
 * recreating the markers; with no WebGL at all the SVG stays and says so. And the context layer.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumPath, launch, mapFirst, mapReady, open } from './browser';

async function dotCentres(page: Page) {
  return page.locator('[data-testid="marker"] .dot').evaluateAll((els) =>
    els.map((e) => {
      const r = e.getBoundingClientRect();
      return [r.x + r.width / 2, r.y + r.height / 2];
    }),
  );
}

describe.skipIf(!chromiumPath)('renderers (SwiftShader WebGL)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('swiftshader');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('auto keeps the SVG on a software renderer, silently, having probed WebGL in a worker', async () => {
    const workers: string[] = [];
    const w = await open(browser, '', {
      prepare: async (page) => void page.on('worker', (x) => workers.push(x.url())),
    });
    await mapReady(w.page);
    // The probe's context is created off the main thread (map/webgl-probe.ts, #17).
    expect(workers.filter((u) => /webgl-probe\.worker/.test(u))).toHaveLength(1);
    expect(await w.page.locator('.map').getAttribute('data-renderer')).toBe('svg');
    expect(await w.page.locator('[data-testid="maplibre"]').count()).toBe(0);
    expect(await w.page.locator('[data-testid="svg-note"]').count()).toBe(0);
    await w.close();
  });

  it('rendu=webgl hands over to MapLibre on the same framing, and focus survives the handover', async () => {
    const svg = await open(browser, '?rendu=svg', { width: 1280, height: 800 });
    await mapFirst(svg.page);
    const svgDots = await dotCentres(svg.page);
    await svg.close();

    const w = await open(browser, '?rendu=webgl', { width: 1280, height: 800 });
    await mapFirst(w.page);
    // Focus a marker while the SVG is still the renderer.
    const marker = w.page.locator('[data-testid="marker"][data-id="creusot-montceau"]');
    await marker.focus();
    const handle = await marker.elementHandle();
    await mapReady(w.page);
    expect(await w.page.locator('.map').getAttribute('data-renderer')).toBe('webgl');
    expect(await w.page.locator('svg.svg-map').isVisible()).toBe(false);
    expect(await w.page.locator('[data-testid="maplibre"] canvas').count()).toBe(1);
    // Same element, still focused: the markers were not recreated.
    expect(await handle!.evaluate((el) => el === document.activeElement && el.isConnected)).toBe(true);
    const glDots = await dotCentres(w.page);
    for (let i = 0; i < svgDots.length; i++) {
      expect(Math.abs(glDots[i]![0]! - svgDots[i]![0]!)).toBeLessThan(2);
      expect(Math.abs(glDots[i]![1]! - svgDots[i]![1]!)).toBeLessThan(2);
    }
    await w.page.keyboard.press('Enter');
    await expect.poll(() => w.page.url()).toContain('territoire=creusot-montceau');
    await expect.poll(() => marker.getAttribute('aria-pressed')).toBe('true');
    await w.screenshot('webgl-selected-1280x800');
    await w.check('webgl, territory selected');
    await w.close();
  });
});

describe.skipIf(!chromiumPath)('renderers (no WebGL)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('rendu=webgl without WebGL keeps a working SVG map with a discreet note', async () => {
    const w = await open(browser, '?rendu=webgl');
    await mapReady(w.page);
    expect(await w.page.locator('.map').getAttribute('data-renderer')).toBe('svg');
    expect(await w.page.locator('svg.svg-map path.territory').count()).toBe(8);
    await expect.poll(() => w.page.locator('[data-testid="svg-note"]').textContent()).toContain('WebGL');
    await w.page.locator('[data-testid="marker"][data-id="bassin-de-brive"]').click();
    await expect.poll(() => w.page.url()).toContain('territoire=bassin-de-brive');
    await w.check('no WebGL');
    await w.close();
  });

  it('loads the Territoires d’industrie layer only when turned on, and names the overseas ones', async () => {
    const w = await open(browser, '?rendu=svg');
    await mapFirst(w.page);
    const requested: string[] = [];
    w.page.on('request', (r) => requested.push(r.url()));
    const toggle = w.page.locator('[data-testid="layer-ti"]');
    const label = await w.page.locator('label:has([data-testid="layer-ti"])').textContent();
    expect(label).toMatch(/173/);
    expect(requested.some((u) => u.includes('territoires-industrie'))).toBe(false);
    await toggle.check();
    await expect.poll(() => w.page.locator('svg.svg-map path.ti').count()).toBe(173);
    expect(requested.some((u) => u.includes('territoires-industrie.json'))).toBe(true);
    const note = await w.page.locator('[data-testid="layer-ti-note"]').textContent();
    expect(note).toContain('Mayotte');
    expect(note).toMatch(/10/);
    await w.screenshot('layer-ti-1280x800');
    await w.check('context layer on');
    await toggle.uncheck();
    expect(await w.page.locator('svg.svg-map path.ti').count()).toBe(0);
    await w.close();
  });
});
