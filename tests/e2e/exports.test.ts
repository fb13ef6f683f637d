/** Exports of the current view: the slide PNG's exact size, the card PNG, the CSV and JSON, under the CSP. */
import { readFileSync } from 'node:fs';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumPath, launch, mapFirst, open } from './browser';

async function exportFile(page: Page, item: string) {
  const trigger = page.locator('[data-testid="export-menu"]');
  if ((await trigger.getAttribute('aria-expanded')) !== 'true') await trigger.click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.locator(`[data-testid="${item}"]`).click(),
  ]);
  const path = await download.path().catch(async (e: unknown) => {
    throw new Error(
      `${String(e)}; status: ${await page.locator('[data-testid="export-status"]').textContent()}`,
    );
  });
  return { name: download.suggestedFilename(), bytes: readFileSync(path) };
}

const pngSize = (b: Buffer) => ({ width: b.readUInt32BE(16), height: b.readUInt32BE(20) });

describe.skipIf(!chromiumPath)('exports', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('writes the slide PNG at exactly 3840×2160 and the territory card', async () => {
    const w = await open(browser, '?rendu=svg&territoire=nord-loiret');
    await mapFirst(w.page);
    const slide = await exportFile(w.page, 'export-slide');
    expect(slide.name).toBe('atlas-carte-nord-loiret-diapositive.png');
    expect(slide.bytes.subarray(1, 4).toString()).toBe('PNG');
    expect(pngSize(slide.bytes)).toEqual({ width: 3840, height: 2160 });
    expect(slide.bytes.length).toBeGreaterThan(100_000);
    const card = await exportFile(w.page, 'export-card');
    expect(card.name).toBe('atlas-fiche-nord-loiret.png');
    expect(pngSize(card.bytes).width).toBe(2400);
    expect(pngSize(card.bytes).height).toBeGreaterThan(1000);
    await w.check('after exports');
    await w.close();
  });

  it('on a phone, the menu stays on the screen, under « Exporter », and closes with Escape', async () => {
    for (const width of [320, 390]) {
      const w = await open(browser, '?rendu=svg', { width, height: 844 });
      await mapFirst(w.page);
      const button = w.page.locator('[data-testid="export-menu"]');
      await button.click();
      const menu = w.page.locator('.items');
      await w.page.locator('[data-testid="export-csv"]').waitFor();
      const box = (await menu.boundingBox())!;
      const under = (await button.boundingBox())!;
      expect(box.x, `${width} px`).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, `${width} px`).toBeLessThanOrEqual(width);
      expect(box.y).toBeGreaterThanOrEqual(under.y + under.height);
      await w.screenshot(`export-menu-${width}`);
      await w.check(`export menu, ${width} px`);
      await w.page.keyboard.press('Escape');
      await expect.poll(() => w.page.locator('[data-testid="export-csv"]').count()).toBe(0);
      expect(await w.page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
        'export-menu',
      );
      await w.close();
    }
  });

  it('names what « Diapositive » saves, and on the charts view saves the current chart’s slide', async () => {
    const w = await open(browser, '?rendu=svg&comparer=nord-loiret,pays-compiegnois');
    await mapFirst(w.page);
    await w.page.locator('[data-testid="export-menu"]').click();
    await expect
      .poll(() => w.page.locator('[data-testid="export-slide"]').textContent())
      .toContain('Diapositive de la comparaison');
    await w.page.keyboard.press('Escape');
    await w.page.locator('.views button[aria-pressed="false"]').click();
    await w.page.locator('[data-testid="chart-matrice"] svg.chart-svg').waitFor();
    await w.page.locator('[role="tab"]', { hasText: 'Axes' }).click();
    await w.page.locator('[data-testid="chart-axes"] svg.chart-svg').waitFor();
    await w.page.locator('[data-testid="export-menu"]').click();
    expect(await w.page.locator('[data-testid="export-slide"]').textContent()).toBe(
      'Diapositive du graphique «\u202FAxes\u202F» (PNG 3840 × 2160)',
    );
    const slide = await exportFile(w.page, 'export-slide');
    expect(slide.name).toBe('atlas-axes-profil-diapositive.png');
    expect(pngSize(slide.bytes)).toEqual({ width: 3840, height: 2160 });
    expect(slide.bytes.length).toBeGreaterThan(100_000);
    await w.check('chart slide exported');
    await w.close();
  });

  it('hands out the offline atlas, one file served beside index.html, its size in the menu', async () => {
    const w = await open(browser, '?rendu=svg');
    await mapFirst(w.page);
    await w.page.locator('[data-testid="export-menu"]').click();
    const item = w.page.locator('[data-testid="export-offline"]');
    await item.waitFor();
    const { bytes } = JSON.parse(readFileSync('dist/atlas-hors-ligne.json', 'utf8')) as { bytes: number };
    const mo = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 }).format(bytes / 1e6);
    expect(await item.textContent()).toBe(`Télécharger l’atlas hors ligne (1 fichier, ${mo}\u00A0Mo)`);
    const [download] = await Promise.all([w.page.waitForEvent('download'), item.click()]);
    expect(download.suggestedFilename()).toBe('atlas-fabrique-prospective-hors-ligne.html');
    const file = readFileSync(await download.path());
    expect(file.length).toBe(bytes);
    expect(file.toString('utf8', 0, 400)).toMatch(/Content-Security-Policy/);
    expect(file.equals(readFileSync('dist-single/atlas.html'))).toBe(true);
    await w.check('offline atlas downloaded');
    await w.close();
  });

  it('writes the view’s data as CSV (BOM, semicolons, French headers) and JSON, filtered', async () => {
    const w = await open(browser, '?rendu=svg&leviers=freins');
    await mapFirst(w.page);
    const csv = await exportFile(w.page, 'export-csv');
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n');
    expect(lines[0]).toBe('territoire;nom du territoire;action;texte;leviers;axes;publics;format');
    // Two actions use « freins » (Lezoux – Thiers – Ambert 3, Terres de Montaigu 1).
    expect(lines.filter((l) => /^[a-z-]+;/.test(l)).length).toBe(1 + 2);
    expect(text).toContain('Source');
    const json = JSON.parse((await exportFile(w.page, 'export-json')).bytes.toString('utf8'));
    expect(json.actions.map((a: { id: string }) => a.id)).toEqual([
      'lezoux-thiers-ambert-3',
      'terres-de-montaigu-1',
    ]);
    expect(json.source).toContain('cner-france.com');
    await w.close();
  });
});
