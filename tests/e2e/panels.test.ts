/**
 * The side panels in a real browser: open a territory from the list and read its actions, compare two,
 * filter by a lever and see the map dim the others, search « mobilite », open the Méthode page, switch
 * to English and back, and the bottom sheet on a phone. Every state is checked with axe (WCAG 2.1 AA),
 * for errors, CSP violations and foreign requests, and photographed in test-results/screenshots/.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { actions, territories } from '../../src/lib/data';
import { chromiumPath, launch, mapFirst, open } from './browser';

const panel = (page: Page) => page.locator('[data-testid="panel"]');
const heading = (page: Page) => page.locator('[data-testid="panel-heading"]');
const focusedTestId = (page: Page) =>
  page.evaluate(() => document.activeElement?.getAttribute('data-testid'));

describe.skipIf(!chromiumPath)('panels', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens a territory from the list by keyboard, with every action, and comes back', async () => {
    const w = await open(browser, '?rendu=svg');
    await mapFirst(w.page);
    await w.screenshot('panels-overview-1280x800');
    await w.check('overview');
    const item = w.page.locator('[data-testid="territory-list"] button[data-id="lezoux-thiers-ambert"]');
    await item.focus();
    await w.page.keyboard.press('Enter');
    await expect.poll(() => w.page.url()).toContain('territoire=lezoux-thiers-ambert');
    await expect.poll(() => focusedTestId(w.page)).toBe('panel-heading');
    expect(await heading(w.page).textContent()).toContain('Lezoux – Thiers – Ambert');
    const expected = actions.filter((a) => a.territory === 'lezoux-thiers-ambert').map((a) => a.text);
    expect(await w.page.locator('[data-testid="action-text"]').allTextContents()).toEqual(expected);
    // Every action carries at least one labelled chip.
    for (const li of await w.page.locator('[data-testid="action"]').all())
      expect(
        (await li.locator('[data-testid="lever-chip"]').allTextContents()).every((t) => t.trim().length > 1),
      ).toBe(true);
    await expect
      .poll(() => w.page.locator('[data-testid="panel-announcement"]').textContent())
      .toContain('Territoire d’industrie Lezoux – Thiers – Ambert');
    await w.page.locator('details.why summary').first().click();
    await w.screenshot('panels-territory-1280x800');
    await w.check('territory');
    await w.page.locator('[data-testid="back-overview"]').click();
    await expect.poll(() => w.page.url()).not.toContain('territoire=');
    await expect
      .poll(() => w.page.evaluate(() => document.activeElement?.getAttribute('data-id')))
      .toBe('lezoux-thiers-ambert');
    await w.close();
  });

  it('outlines an alternative perimeter and walks to the next territory', async () => {
    const w = await open(browser, '?rendu=svg&territoire=pays-compiegnois');
    await mapFirst(w.page);
    await w.page.locator('[data-testid="alternative-toggle"]').first().click();
    await expect.poll(() => w.page.locator('path[data-testid="alternative"]').count()).toBe(1);
    await w.screenshot('panels-alternative-1280x800');
    await w.check('alternative perimeter');
    await w.page.locator('[data-testid="next-territory"]').click();
    await expect.poll(() => w.page.url()).toContain('territoire=creusot-montceau');
    await expect.poll(() => w.page.locator('path[data-testid="alternative"]').count()).toBe(0);
    await w.close();
  });

  it('compares two territories from the territory panel', async () => {
    const w = await open(browser, '?rendu=svg&territoire=bassin-de-brive');
    await mapFirst(w.page);
    await w.page.locator('[data-testid="territory-compare"]').click();
    await w.page.locator('[data-testid="compare-picker"]').getByLabel('Nord Loiret').check();
    await w.page.locator('[data-testid="compare-submit"]').click();
    await expect.poll(() => w.page.url()).toContain('comparer=bassin-de-brive,nord-loiret');
    expect(w.page.url()).not.toContain('territoire=');
    expect(await w.page.locator('[data-testid="compare-summary"]').textContent()).toBe(
      '2 leviers communs, 1 propre à un seul territoire',
    );
    expect(await w.page.locator('[data-testid="compare-column"]').count()).toBe(2);
    await w.screenshot('panels-compare-1280x800');
    await w.check('comparison');
    await w.close();
  });

  it('filters by a lever: the map dims the territories that do not use it', async () => {
    const w = await open(browser, '?rendu=svg');
    await mapFirst(w.page);
    await w.page.locator('[data-testid="filters-toggle"]').click();
    await w.page.locator('[data-testid="filter-leviers-freins"]').check();
    await expect.poll(() => w.page.url()).toContain('leviers=freins');
    // Levée des freins: Lezoux – Thiers – Ambert and Terres de Montaigu, one action each.
    const dimmed = () =>
      w.page
        .locator('[data-testid="marker"].dimmed')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());
    await expect.poll(dimmed).toEqual(
      territories
        .map((t) => t.id)
        .filter((id) => id !== 'lezoux-thiers-ambert' && id !== 'terres-de-montaigu')
        .sort(),
    );
    expect(await w.page.locator('path.territory.dimmed').count()).toBe(6);
    expect(await w.page.locator('[data-testid="match-count"]').textContent()).toBe(
      '2 actions dans 2 territoires',
    );
    expect(await w.page.locator('[data-testid="overview-hit"]').count()).toBe(2);
    await w.screenshot('panels-filter-1280x800');
    await w.check('filtered by a lever');
    await w.page.locator('[data-testid="clear-filters"]').click();
    await expect.poll(() => w.page.locator('[data-testid="marker"].dimmed').count()).toBe(0);
    await w.close();
  });

  it('searches « cartographie », opens the first result with Enter, and Escape unwinds', async () => {
    // « mobilite » now names the lever Levée des freins first (#15): a word of one action alone here.
    const w = await open(browser, '?rendu=svg');
    await mapFirst(w.page);
    const input = w.page.locator('[data-testid="search-input"]');
    await input.fill('cartographie');
    await expect.poll(() => w.page.locator('[data-testid="search-result"]').count()).toBe(1);
    await w.screenshot('panels-search-1280x800');
    await w.check('search results');
    await input.press('Enter');
    await expect.poll(() => w.page.url()).toContain('territoire=nord-loiret');
    expect(w.page.url()).toContain('q=cartographie');
    await expect
      .poll(() => w.page.evaluate(() => document.activeElement?.getAttribute('data-id')))
      .toBe('nord-loiret-4');
    expect(await w.page.locator('[data-testid="action"].match').count()).toBe(1);
    await w.check('search result opened');
    // Back in the box: Escape clears the query first, and only then deselects.
    await input.focus();
    await w.page.keyboard.press('Escape');
    await expect.poll(() => input.inputValue()).toBe('');
    expect(w.page.url()).toContain('territoire=nord-loiret');
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.url()).not.toContain('territoire=');
    await w.close();
  });

  it('opens the Méthode page and comes back', async () => {
    const w = await open(browser, '?rendu=svg');
    await mapFirst(w.page);
    await w.page.locator('[data-testid="overview-method"]').click();
    await expect.poll(() => heading(w.page).textContent()).toContain('Méthode');
    await expect.poll(() => focusedTestId(w.page)).toBe('panel-heading');
    expect(await panel(w.page).textContent()).toContain('Règles de classement');
    await w.screenshot('panels-method-1280x800');
    await w.check('method');
    await w.page.locator('[data-testid="method-close"]').click();
    await expect.poll(() => focusedTestId(w.page)).toBe('overview-method');
    await w.close();
  });

  it('switches to English and back, keeping the view', async () => {
    const w = await open(browser, '?rendu=svg&territoire=lisieux-normandie&leviers=marque');
    await mapFirst(w.page);
    await w.page.getByRole('button', { name: 'Read this atlas in English' }).click();
    await expect.poll(() => w.page.url()).toContain('lang=en');
    expect(w.page.url()).toContain('territoire=lisieux-normandie');
    const expected = actions.filter((a) => a.territory === 'lisieux-normandie').map((a) => a.textEn);
    // The territory's view is a lazy chunk: map-first does not wait for it.
    await expect
      .poll(() => w.page.locator('[data-testid="action-text"]').allTextContents())
      .toEqual(expected);
    expect(await panel(w.page).textContent()).toContain('Translation by the atlas');
    expect(await w.page.locator('[data-testid="match-count"]').textContent()).toBe(
      '2 actions in 1 territory',
    );
    expect(await w.page.locator('[data-testid="search-input"]').getAttribute('placeholder')).toBe(
      'Territory, municipality, action…',
    );
    await w.screenshot('panels-english-1280x800');
    await w.check('English');
    await w.page.getByRole('button', { name: 'Lire cet atlas en français' }).click();
    await expect.poll(() => w.page.url()).not.toContain('lang=en');
    expect(await w.page.locator('[data-testid="action-text"]').first().textContent()).toBe(
      actions.find((a) => a.territory === 'lisieux-normandie')!.text,
    );
    await w.close();
  });

  it('reads well at 1920×1080 and in the dark theme', async () => {
    const w = await open(
      browser,
      '?rendu=svg&comparer=pays-compiegnois,lisieux-normandie,nord-loiret,mulhouse-alsace-agglomeration',
      {
        width: 1920,
        height: 1080,
      },
    );
    await mapFirst(w.page);
    await w.screenshot('panels-compare-1920x1080');
    await w.check('comparison of four, 1920×1080');
    await w.close();
    const d = await open(browser, '?rendu=svg&territoire=terres-de-montaigu&leviers=formation', {
      colorScheme: 'dark',
    });
    await mapFirst(d.page);
    await d.screenshot('panels-territory-dark-1280x800');
    await d.check('territory, dark theme');
    await d.close();
  });

  it('is a bottom sheet on a phone that leaves the selected territory in view', async () => {
    const w = await open(browser, '?rendu=svg&territoire=nord-loiret', { width: 390, height: 844 });
    await mapFirst(w.page);
    const sheet = await w.page.locator('aside').boundingBox();
    const dot = await w.page.locator('[data-testid="marker"][data-id="nord-loiret"] .dot').boundingBox();
    expect(sheet && dot).toBeTruthy();
    expect(dot!.y + dot!.height).toBeLessThan(sheet!.y);
    // The panel mounts just after map-first (its timing is geo-loading.test.ts's): wait for its heading.
    await expect.poll(() => heading(w.page).isVisible()).toBe(true);
    await w.screenshot('panels-sheet-390x844');
    await w.check('bottom sheet');
    await w.close();
  });
});
