/**
 * Printing (issue « Embedding »: a territory page and the charts page print cleanly on A4): in print
 * media the interface's controls are gone, the map is refitted to its paper box before the print layout
 * (`beforeprint`) and given back after, MapLibre's canvas gives way to the SVG, and Chromium's own
 * print to PDF makes A4 pages (saved under test-results/ to be looked at).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumPath, launch, mapFirst, open, SCREENSHOT_DIR } from './browser';

const PDF_DIR = join(SCREENSHOT_DIR, '..', 'pdf');

/** A4 in PDF points, as Chromium writes the MediaBox. */
function pdfPages(pdf: Buffer): { count: number; a4: boolean } {
  const text = pdf.toString('latin1');
  const boxes = [...text.matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g)];
  const count = Number(/\/Type\s*\/Pages[^>]*\/Count (\d+)/.exec(text)?.[1] ?? boxes.length);
  const a4 = boxes.every((m) => Math.abs(Number(m[1]) - 595.3) < 2 && Math.abs(Number(m[2]) - 841.9) < 2);
  return { count, a4 };
}

async function savePdf(page: Page, name: string): Promise<Buffer> {
  const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
  mkdirSync(PDF_DIR, { recursive: true });
  writeFileSync(join(PDF_DIR, `${name}.pdf`), pdf);
  return pdf;
}

const visible = (page: Page, selector: string) =>
  page
    .locator(selector)
    .evaluateAll((els) => els.filter((e) => (e as HTMLElement).offsetParent !== null).length);

describe.skipIf(!chromiumPath)('print', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('swiftshader');
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const rendu of ['svg', 'webgl'] as const) {
    it(`prints a territory page on A4 with the territory framed in the paper map (rendu=${rendu})`, async () => {
      const w = await open(browser, `?rendu=${rendu}&territoire=nord-loiret`);
      await mapFirst(w.page);
      if (rendu === 'webgl')
        await w.page.waitForSelector('.map[data-renderer="webgl"]', { timeout: 30_000 }).catch(() => null);
      await w.page.locator('[data-testid="action"]').first().waitFor();

      await w.page.emulateMedia({ media: 'print' });
      await w.page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
      // The interface's controls are gone; the content stays, lever chips included.
      expect(await visible(w.page, 'input[type="search"], [data-testid="search"] input')).toBe(0);
      expect(await visible(w.page, '.panel nav, .controls button, [data-testid="layer-ti"]')).toBe(0);
      expect(await visible(w.page, '[data-testid="action"]')).toBeGreaterThan(0);
      expect(await visible(w.page, '[data-testid="lever-chip"]')).toBeGreaterThan(0);
      // The SVG map draws on paper, and the territory sits inside the paper map's box.
      expect(await visible(w.page, '[data-testid="svg-map"]')).toBe(1);
      const box = await w.page.locator('[data-testid="map-viewport"]').boundingBox();
      const shape = await w.page.locator('path.territory[data-id="nord-loiret"]').boundingBox();
      expect(box!.width).toBeCloseTo(701, 0);
      expect(box!.height).toBeCloseTo(414, 0);
      expect(shape!.x).toBeGreaterThanOrEqual(box!.x);
      expect(shape!.y).toBeGreaterThanOrEqual(box!.y);
      expect(shape!.x + shape!.width).toBeLessThanOrEqual(box!.x + box!.width);
      expect(shape!.y + shape!.height).toBeLessThanOrEqual(box!.y + box!.height);
      await w.screenshot(`print-territory-${rendu}`);

      await w.page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
      await w.page.emulateMedia({ media: null });
      // Back on screen, the map has its screen size again.
      await expect
        .poll(async () => (await w.page.locator('svg[data-testid="svg-map"]').getAttribute('width')) ?? '')
        .not.toBe('701');

      const pdf = pdfPages(await savePdf(w.page, `territory-${rendu}`));
      expect(pdf.a4).toBe(true);
      expect(pdf.count).toBeGreaterThanOrEqual(2);
      expect(pdf.count).toBeLessThanOrEqual(4);
      await w.check(`territory page after printing (${rendu})`);
      await w.close();
    });
  }

  it('prints the charts page: the chart on view, on one A4 page, without tabs or buttons', async () => {
    const w = await open(browser, '?rendu=svg&vue=graphiques&graphique=similarite');
    await w.page.locator('[data-testid="chart-similarite"] svg').first().waitFor();
    await w.page.emulateMedia({ media: 'print' });
    expect(await visible(w.page, '[role="tablist"], [data-testid="chart-similarite"] button')).toBe(0);
    expect(await visible(w.page, '[data-testid="chart-similarite"] svg')).toBeGreaterThan(0);
    await w.screenshot('print-charts');
    await w.page.emulateMedia({ media: null });
    const pdf = pdfPages(await savePdf(w.page, 'charts-similarite'));
    expect(pdf.a4).toBe(true);
    expect(pdf.count).toBe(1);
    await w.check('charts page after printing');
    await w.close();
  });
});
