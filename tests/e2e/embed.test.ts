/**
 * Embedding and presenting: each embed mode at a small and a large iframe size, the host page's history
 * left alone, the height message, the « Intégrer » dialog, and the presentation tour by keyboard.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TERRITORY_IDS } from '../../src/lib/data/ids';
import { baseUrl, chromiumPath, launch, mapFirst, open } from './browser';

const MODES = [
  ['carte', '?embed=carte&rendu=svg'],
  ['graphique', '?embed=graphique&graphique=matrice&rendu=svg'],
  ['fiche', '?embed=fiche&territoire=terres-de-montaigu&rendu=svg'],
  ['atlas', '?embed=atlas&rendu=svg'],
] as const;

describe.skipIf(!chromiumPath)('embed modes', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [mode, query] of MODES) {
    for (const [width, height] of [
      [400, 300],
      [1280, 720],
    ] as const) {
      it(`embed=${mode} fits ${width}×${height}, links back to the full atlas, has no page header`, async () => {
        const w = await open(browser, query, { width, height });
        if (mode !== 'graphique' && mode !== 'fiche') await mapFirst(w.page);
        await w.page.waitForSelector('[data-testid="open-full"]');
        expect(await w.page.locator('header.masthead').count()).toBe(0);
        const href = await w.page.locator('[data-testid="open-full"]').getAttribute('href');
        expect(href).not.toContain('embed=');
        expect(href).toMatch(/^http/);
        if (mode === 'carte') expect(await w.page.locator('[data-testid="marker"]').count()).toBe(8);
        if (mode === 'fiche') {
          await expect
            .poll(() => w.page.locator('[data-testid="panel-heading"]').textContent())
            .toContain('Terres de Montaigu');
          expect(await w.page.locator('[data-testid="marker"]').count()).toBe(0);
        }
        if (mode === 'graphique') await w.page.waitForSelector('[data-testid="charts-view"]');
        // Nothing may spill sideways out of a small frame.
        const overflow = await w.page.evaluate(
          () => document.documentElement.scrollWidth - window.innerWidth,
        );
        expect(overflow).toBeLessThanOrEqual(1);
        await w.screenshot(`embed-${mode}-${width}x${height}`);
        await w.check(`embed=${mode} ${width}×${height}`);
        await w.close();
      });
    }
  }

  it('never pushes the host page’s history, and posts its height to the host', async () => {
    const w = await open(browser, 'about:blank');
    await w.page.goto(`${baseUrl}?rendu=svg`);
    await mapFirst(w.page);
    const src = `${baseUrl}?embed=fiche&territoire=nord-loiret&rendu=svg`;
    await w.page.evaluate((s) => {
      document.body.innerHTML = '';
      const f = document.createElement('iframe');
      f.src = s;
      f.title = 'atlas';
      f.width = '600';
      f.height = '300';
      document.body.appendChild(f);
      (window as unknown as { __heights: number[] }).__heights = [];
      window.addEventListener('message', (e) => {
        if (e.source === f.contentWindow && e.data?.type === 'fabrique-atlas:height')
          (window as unknown as { __heights: number[] }).__heights.push(e.data.height);
      });
    }, src);
    const frame = w.page.frameLocator('iframe');
    await frame.locator('[data-testid="panel-heading"]').waitFor();
    const before = await w.page.evaluate(() => history.length);
    // Navigate inside the embed: selecting the next territory must not add host history entries.
    const next = frame.locator('[data-testid="next-territory"], button:has-text("suivant")').first();
    if (await next.count()) await next.click();
    await w.page.waitForTimeout(300);
    expect(await w.page.evaluate(() => history.length)).toBe(before);
    const heights = await w.page.evaluate(() => (window as unknown as { __heights: number[] }).__heights);
    expect(heights.length).toBeGreaterThan(0);
    expect(Math.max(...heights)).toBeGreaterThan(300);
    await w.close();
  });

  it('keeps wheel scrolling for the host page: a plain wheel over an embedded map shows the hint and does not zoom', async () => {
    const w = await open(browser, '?embed=carte&rendu=svg', { width: 800, height: 500 });
    await mapFirst(w.page);
    const before = await w.page.locator('svg.svg-map > g').getAttribute('transform');
    // Over the map itself, not over a marker or a control.
    const [x, y] = await w.page.evaluate(() => {
      for (let y = 150; y < 450; y += 20)
        for (let x = 100; x < 700; x += 20) {
          const el = document.elementFromPoint(x, y);
          if (el?.closest('svg.svg-map')) return [x, y];
        }
      return [0, 0];
    });
    await w.page.mouse.move(x, y);
    await w.page.mouse.wheel(0, -300);
    await expect.poll(() => w.page.locator('.coop-hint').count()).toBe(1);
    expect(await w.page.locator('svg.svg-map > g').getAttribute('transform')).toBe(before);
    await w.page.keyboard.down('Control');
    await w.page.mouse.wheel(0, -300);
    await w.page.keyboard.up('Control');
    await expect.poll(() => w.page.locator('svg.svg-map > g').getAttribute('transform')).not.toBe(before);
    await w.close();
  });

  it('static embeds do not move', async () => {
    const w = await open(browser, '?embed=carte&static&rendu=svg', { width: 800, height: 500 });
    await mapFirst(w.page);
    const before = await w.page.locator('svg.svg-map > g').getAttribute('transform');
    await w.page.mouse.move(400, 250);
    await w.page.mouse.down();
    await w.page.mouse.move(300, 200, { steps: 5 });
    await w.page.mouse.up();
    expect(await w.page.locator('svg.svg-map > g').getAttribute('transform')).toBe(before);
    await w.close();
  });
});

describe.skipIf(!chromiumPath)('« Intégrer » and presentation', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('gives the link and iframe code of the current view', async () => {
    const w = await open(browser, '?rendu=svg&territoire=lisieux-normandie');
    await mapFirst(w.page);
    await w.page.locator('[data-testid="open-embed"]').click();
    const dialog = w.page.locator('[data-testid="embed-dialog"]');
    await dialog.waitFor();
    const link = await w.page.locator('[data-testid="embed-link"]').inputValue();
    expect(link).toContain('territoire=lisieux-normandie');
    expect(link).not.toContain('embed=');
    const code = await w.page.locator('[data-testid="embed-code"]').inputValue();
    expect(code).toMatch(/^<iframe src="[^"]*embed=fiche[^"]*"/);
    expect(code).toContain('title="');
    expect(code).toContain('loading="lazy"');
    expect(code).toContain('allow="fullscreen"');
    await w.screenshot('embed-dialog');
    await w.check('embed dialog');
    await w.page.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
    // Escape closed the dialog only: the territory is still selected.
    expect(w.page.url()).toContain('territoire=lisieux-normandie');
    await w.close();
  });

  it('tours overview → eight territories → charts with the keyboard, and Escape leaves', async () => {
    const w = await open(browser, '?rendu=svg', { width: 1280, height: 720 });
    await mapFirst(w.page);
    await w.page.locator('[data-testid="start-presenting"]').click();
    const progress = w.page.locator('[data-testid="presenter-progress"]');
    await expect.poll(() => progress.textContent()).toBe('1 / 14');
    await w.check('presentation, overview');
    const keys = ['ArrowRight', 'PageDown', ' '];
    for (let i = 0; i < TERRITORY_IDS.length; i++) {
      await w.page.keyboard.press(keys[i % keys.length]!);
      await expect.poll(() => w.page.url()).toContain(`territoire=${TERRITORY_IDS[i]}`);
      await expect.poll(() => progress.textContent()).toBe(`${i + 2} / 14`);
    }
    await w.screenshot('presentation-territory');
    await w.page.keyboard.press('ArrowRight');
    await expect.poll(() => w.page.url()).toContain('vue=graphiques');
    await w.page.keyboard.press('End');
    await expect.poll(() => progress.textContent()).toBe('14 / 14');
    await w.page.keyboard.press('PageUp');
    await expect.poll(() => progress.textContent()).toBe('13 / 14');
    await w.screenshot('presentation-chart');
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.locator('[data-testid="presenter"]').count()).toBe(0);
    expect(await w.page.locator('header.masthead').count()).toBe(1);
    await w.close();
  });
});
