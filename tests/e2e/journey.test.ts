/**
 * The whole job by keyboard alone (issue « Quality gates »): skip link, find a territory, read its
 * actions, compare two, filter by a lever, open a chart's table, export, leave. No click, no
 * programmatic focus: only Tab, Shift+Tab, Enter, Space, typing and Escape. Every element reached shows a
 * visible focus indicator, and the states on the way pass axe.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { actions } from '../../src/lib/data';
import { chromiumPath, launch, mapFirst, open } from './browser';

/** Presses Tab (or Shift+Tab) until the focused element matches `selector`; fails past `max` presses. */
async function tabTo(page: Page, selector: string, { back = false, max = 80 } = {}): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const hit = await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
    if (hit) {
      // A keyboard user sees where they are: an outline or a ring on the element itself.
      const ring = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const cs = getComputedStyle(el);
        return (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
      });
      expect(ring, `${selector} has a visible focus indicator`).toBe(true);
      return i;
    }
  }
  throw new Error(`${selector}: not reached with ${back ? 'Shift+Tab' : 'Tab'} in ${max} presses`);
}

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return el ? `${el.tagName.toLowerCase()}[${el.getAttribute('data-testid') ?? el.id}]` : '';
  });

describe.skipIf(!chromiumPath)('keyboard-only journey', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('goes from the skip link to an export and out, without a pointer', async () => {
    const w = await open(browser, '');
    const page = w.page;
    await mapFirst(page);

    // 1. The first Tab shows the skip links; the second one jumps into the panel.
    await page.keyboard.press('Tab');
    const skip = await page.evaluate(() => {
      const a = document.activeElement as HTMLAnchorElement;
      return { inSkip: !!a.closest('.skip-links'), top: a.getBoundingClientRect().top, text: a.textContent };
    });
    expect(skip.inSkip).toBe(true);
    expect(skip.top).toBeGreaterThanOrEqual(0);
    await tabTo(page, '.skip-links a[href$="-panneau"]', { max: 2 });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatch(/^aside\[.*-panneau\]$/);

    // 2. Find a territory: the search box is the panel's first stop; Enter opens the first result.
    expect(await tabTo(page, '[data-testid="search-input"]', { max: 1 })).toBe(1);
    await page.keyboard.type('nord loiret');
    await expect.poll(() => page.locator('[data-testid="search-result"]').count()).toBeGreaterThan(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('territoire=nord-loiret');
    await expect.poll(() => focused(page)).toBe('h2[panel-heading]');
    await w.check('territory found by keyboard');

    // 3. Read its actions: all of them are there, and « why these tags » opens with Enter.
    const expected = actions.filter((a) => a.territory === 'nord-loiret').map((a) => a.text);
    expect(await page.locator('[data-testid="action-text"]').allTextContents()).toEqual(expected);
    await tabTo(page, '[data-testid="action"] details summary');
    await page.keyboard.press('Enter');
    expect(await page.locator('[data-testid="action"] details[open]').count()).toBe(1);

    // 4. Compare two: back up to « Comparer avec… », tick a second territory with Space, submit.
    await tabTo(page, '[data-testid="territory-compare"]', { back: true });
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-testid="compare-picker"] input[type="checkbox"][value="pays-compiegnois"]');
    await page.keyboard.press('Space');
    await tabTo(page, '[data-testid="compare-submit"]');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('comparer=');
    expect(page.url()).toMatch(/comparer=[^&]*nord-loiret/);
    expect(page.url()).toMatch(/comparer=[^&]*pays-compiegnois/);
    // The compare view is a lazy chunk: it may still be on its way when the URL has changed.
    await expect.poll(() => page.locator('[data-testid="compare-column"]').count()).toBe(2);
    await w.check('comparison by keyboard');

    // 5. Filter by a lever: open the facets, tick « Levée des freins » with Space.
    await tabTo(page, '[data-testid="filters-toggle"]', { back: true });
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-testid="filter-leviers-freins"]');
    await page.keyboard.press('Space');
    await expect.poll(() => page.url()).toContain('leviers=freins');
    await w.check('filtered by keyboard');
    // The focused option shows its lever's definition: a first Escape closes that tooltip (the innermost
    // thing), the focus staying on the option; the next closes the facets and gives the focus back to
    // their toggle.
    const tip = page.locator('[data-testid="definition-tip"]');
    await expect.poll(() => tip.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => tip.isVisible()).toBe(false);
    expect(await focused(page)).toBe('input[filter-leviers-freins]');
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button[filters-toggle]');

    // 6. Open a chart's table: the « Graphiques » view, then the table under the chart.
    await tabTo(page, '[data-testid="view-graphiques"]', { back: true });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain('vue=graphiques');
    await tabTo(page, '[data-testid^="chart-"] details.table summary');
    await page.keyboard.press('Enter');
    const rows = page.locator('[data-testid^="chart-"] details.table[open] tbody tr');
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    await w.check('chart table by keyboard');

    // 7. Export the view's data: the menu opens with Enter, the CSV comes with Enter.
    await tabTo(page, '[data-testid="export-menu"]', { back: true });
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-testid="export-csv"]', { max: 6 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    await page.keyboard.press('Escape');
    await expect.poll(() => focused(page)).toBe('button[export-menu]');
    await w.check('after export');

    // 8. Leave: on to the footer's « Mentions légales », and Enter follows it.
    await tabTo(page, 'footer a[href*="mentions-legales"]', { max: 200 });
    await Promise.all([page.waitForURL(/mentions-legales/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').textContent()).toContain('Mentions légales');
    await w.close();
  });
});
