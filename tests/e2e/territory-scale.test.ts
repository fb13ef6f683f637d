/**
 * A territory at its own scale (#14), in both renderers: its communes named (the seat and the most
 * populous first), the locator inset, a commune's tooltip from the map and from the panel's list, and a
 * commune found by search outlined and named.
 */
import { readFileSync } from 'node:fs';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumPath, launch, mapFirst, open, type WebGLMode } from './browser';

interface CommuneProps {
  code: string;
  nom: string;
  population: number;
  seat?: true;
}
function communes(id: string): CommuneProps[] {
  const topo = JSON.parse(readFileSync(`public/geo/territoire-${id}.json`, 'utf8')) as {
    objects: { communes: { geometries: { properties: CommuneProps }[] } };
  };
  return topo.objects.communes.geometries.map((g) => g.properties);
}

/** The names the map shows (communes, seat, EPCIs, départements). */
const names = (page: Page) =>
  page
    .locator('[data-testid="territory-detail"] .names text')
    .evaluateAll((els) => els.map((e) => e.textContent ?? ''));

async function ready(page: Page, renderer: 'svg' | 'webgl') {
  await mapFirst(page);
  if (renderer === 'webgl')
    await page.waitForFunction(
      () => document.querySelector('.map')?.getAttribute('data-renderer') === 'webgl',
      null,
      {
        timeout: 30_000,
      },
    );
  await expect.poll(async () => (await names(page)).length, { timeout: 15_000 }).toBeGreaterThan(4);
}

describe.skipIf(!chromiumPath).each<[WebGLMode, 'svg' | 'webgl']>([
  ['none', 'svg'],
  ['swiftshader', 'webgl'],
])('a territory at its own scale, WebGL %s, rendu=%s', (webgl, renderer) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(webgl);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('names the seat and the three most populous communes, with a locator inset clear of the territory', async () => {
    const w = await open(browser, `?rendu=${renderer}&territoire=lisieux-normandie`);
    await ready(w.page, renderer);
    const shown = await names(w.page);
    const list = communes('lisieux-normandie');
    const seat = list.find((c) => c.seat)!;
    const largest = [...list].sort((a, b) => b.population - a.population).slice(0, 3);
    for (const c of [seat, ...largest]) expect(shown, c.nom).toContain(c.nom);
    // The neighbourhood: the départements around are named too.
    expect(shown).toContain('Calvados');
    // Names never overlap one another.
    const boxes = await w.page
      .locator('[data-testid="territory-detail"] .names text')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    for (const [i, a] of boxes.entries())
      for (const b of boxes.slice(i + 1))
        expect(
          a.left < b.right - 1 && a.right > b.left + 1 && a.top < b.bottom - 1 && a.bottom > b.top + 1,
        ).toBe(false);
    const inset = w.page.locator('[data-testid="locator-inset"]');
    await expect.poll(() => inset.isVisible()).toBe(true);
    expect(await inset.getAttribute('aria-label')).toContain('Carte de situation');
    // The inset covers neither the selected marker nor the names.
    const box = (await inset.boundingBox())!;
    const marker = (await w.page
      .locator('[data-testid="marker"][data-id="lisieux-normandie"] .dot')
      .boundingBox())!;
    expect(
      box.x > marker.x + marker.width ||
        box.x + box.width < marker.x ||
        box.y > marker.y + marker.height ||
        box.y + box.height < marker.y,
    ).toBe(true);
    await w.screenshot(`territory-scale-lisieux-${renderer}`);
    await w.check(`territory at its own scale (${renderer})`);
    await w.close();
  });

  it('gives a commune’s name, population and EPCI on hover, and marks it both ways with the panel’s list', async () => {
    const w = await open(browser, `?rendu=${renderer}&territoire=lezoux-thiers-ambert`);
    await ready(w.page, renderer);
    const page = w.page;
    // The panel's list of communes, open.
    await page.locator('details.communes summary').click();
    // Hover Ambert's name on the map: its label sits on its commune.
    const label = page.locator('[data-testid="territory-detail"] .names text', { hasText: /^Ambert$/ });
    const b = (await label.boundingBox())!;
    await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2);
    const tip = page.locator('[data-testid="commune-tooltip"]');
    await expect.poll(() => tip.textContent()).toContain('Ambert');
    expect(await tip.textContent()).toMatch(/habitants \(2021\)/);
    expect(await tip.textContent()).toContain('Ambert Livradois Forez');
    // The list in the panel marks the same commune (the pointer still on the map).
    const item = page.locator('[data-testid="commune-item"]', { hasText: /^Ambert$/ });
    await expect.poll(() => item.evaluate((e) => e.classList.contains('hovered'))).toBe(true);
    await w.check('commune hovered on the map');
    // The other way: focusing an item of the list outlines that commune on the map.
    await page.mouse.move(5, 5);
    const courpiere = page.locator('[data-testid="commune-item"]', { hasText: /^Courpière$/ });
    await courpiere.focus();
    const code = await courpiere.getAttribute('data-insee');
    await expect
      .poll(() => page.locator('[data-testid="territory-detail"] .outline').count())
      .toBeGreaterThan(0);
    await expect.poll(() => tip.textContent()).toContain('Courpière');
    expect(code).toMatch(/^63\d{3}$/);
    await w.check('commune focused in the list');
    await w.close();
  });

  it('opens a commune found by search with its territory, and outlines and names it on the map', async () => {
    const w = await open(browser, `?rendu=${renderer}`);
    await mapFirst(w.page);
    const page = w.page;
    await page.locator('[data-testid="search-input"]').fill('Courpière');
    const result = page.locator('[data-testid="search-result"]').first();
    await result.waitFor();
    await result.click();
    await expect.poll(() => page.url()).toContain('territoire=lezoux-thiers-ambert');
    await ready(page, renderer);
    const chosen = page.locator('[data-testid="territory-detail"] .names text.chosen');
    await expect.poll(() => chosen.textContent()).toBe('Courpière');
    await w.screenshot(`territory-scale-search-${renderer}`);
    await w.check(`commune from search (${renderer})`);
    await w.close();
  });
});
