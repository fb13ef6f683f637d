/**
 * Answers at a glance (#15): the compare picker's eight choices in view at once, and Windows' forced
 * colours (high contrast) keeping the map, the markers, the chips and the charts legible, with the
 * selection visible.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumPath, launch, mapFirst, open } from './browser';

/** Whether an element lies wholly inside the viewport and is not covered at its centre. */
const inView = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) =>
    els.map((el) => {
      const r = el.getBoundingClientRect();
      const top = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
      return (
        r.top >= 0 &&
        r.left >= 0 &&
        r.bottom <= innerHeight &&
        r.right <= innerWidth &&
        !!top &&
        (el === top || el.contains(top) || top.contains(el))
      );
    }),
  );

describe.skipIf(!chromiumPath)('answers at a glance', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [width, height] of [
    [1280, 800],
    [390, 844],
  ] as const) {
    it(`shows the compare picker's eight choices, its count and its buttons at once at ${width} × ${height}`, async () => {
      const w = await open(browser, '?rendu=svg&territoire=mulhouse-alsace-agglomeration', { width, height });
      try {
        await mapFirst(w.page);
        await w.page.locator('[data-testid="territory-compare"]').click();
        await w.page.locator('[data-testid="compare-picker"]').waitFor();
        await w.page.waitForTimeout(300);
        const boxes = await inView(w.page, '[data-testid="compare-picker"] label');
        expect(boxes).toHaveLength(8);
        expect(boxes.every(Boolean), `labels in view: ${boxes.join(', ')}`).toBe(true);
        expect((await inView(w.page, '[data-testid="compare-submit"]'))[0]).toBe(true);
        // Keyboard-first: Tab from the opening button reaches the first choice, Space ticks it.
        await w.page.locator('[data-testid="territory-compare"]').focus();
        await w.page.keyboard.press('Tab');
        await w.page.keyboard.press('Space');
        await expect
          .poll(() => w.page.locator('[data-testid="compare-picker"] input:checked').count())
          .toBe(2);
        await w.page.keyboard.press('Enter');
        await expect
          .poll(() => new URL(w.page.url()).searchParams.get('comparer'))
          .toContain('bassin-de-brive');
        await w.screenshot(`picker-${width}`);
        await w.check(`compare picker at ${width}`);
      } finally {
        await w.close();
      }
    });
  }

  it('answers the users’ questions through search: the vocabulary, its synonyms and its stems', async () => {
    const w = await open(browser, '?rendu=svg');
    try {
      await mapFirst(w.page);
      const input = w.page.locator('[data-testid="search-input"]');
      const results = async (q: string) => {
        await input.fill(q);
        await w.page.locator('[data-testid="search-result"]').first().waitFor();
        return w.page
          .locator('[data-testid="search-result"]')
          .evaluateAll((els) =>
            els.map((e) => `${e.getAttribute('data-kind')}:${e.getAttribute('data-id')}`),
          );
      };
      // « Qui travaille sur la mixité ? »: the question's small words are dropped, the lever is met.
      expect((await results('Qui travaille sur la mixité ?'))[0]).toMatch(/mixite$/);
      expect(await w.page.locator('[data-testid="search-result"]').first().textContent()).toContain(
        'Levier\u202F: Mixité — 1 action',
      );
      // « femmes » is a synonym of Mixité (and the audience Femmes).
      expect((await results('femmes')).some((r) => r.endsWith(':mixite'))).toBe(true);
      // Choosing the lever sets the filter and clears q.
      await results('mixité');
      await w.page.locator('[data-testid="search-result"]').first().click();
      await expect.poll(() => new URL(w.page.url()).searchParams.get('leviers')).toBe('mixite');
      expect(new URL(w.page.url()).searchParams.get('q')).toBeNull();
      const territories = () =>
        w.page
          .locator('[data-testid="marker"]:not(.dimmed)')
          .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')).sort());
      await expect.poll(territories).toEqual(['lezoux-thiers-ambert']);
      await w.check('a lever chosen from search');
      // « coordination »: Lisieux and Mulhouse, through the lever Coordination des acteurs.
      await w.page.goto(new URL('?rendu=svg&q=coordination', w.page.url()).href);
      await mapFirst(w.page);
      await expect.poll(territories).toEqual(['lisieux-normandie', 'mulhouse-alsace-agglomeration']);
      // « découverte des métiers » (a stem meets « faire découvrir »): four territories.
      await w.page.goto(new URL('?rendu=svg&leviers=decouverte', w.page.url()).href);
      await mapFirst(w.page);
      await expect.poll(async () => (await territories()).length).toBe(4);
      await w.page.locator('[data-testid="search-input"]').fill('découverte des métiers');
      await w.page.locator('[data-testid="search-result"]').first().waitFor();
      expect(await w.page.locator('[data-testid="search-result"]').first().textContent()).toContain(
        'Découverte',
      );
    } finally {
      await w.close();
    }
  });

  it('shows a term’s definition where its label is: on a chip’s keyboard focus, a filter’s hover, a table header; Escape hides it', async () => {
    const w = await open(browser, '?rendu=svg&territoire=lezoux-thiers-ambert');
    try {
      await mapFirst(w.page);
      const tip = w.page.locator('[data-testid="definition-tip"]');
      const chip = w.page.locator('[data-testid="lever-chip"][data-lever="freins"]').first();
      await chip.waitFor();
      expect(await chip.textContent()).toContain('Levée des freins');
      // Keyboard: after a key press, a focus is :focus-visible (the browser's keyboard heuristics).
      await w.page.keyboard.press('Shift');
      await chip.focus();
      expect(await chip.evaluate((el) => el.matches(':focus-visible'))).toBe(true);
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(await tip.textContent()).toMatch(/mobilité|logement|freins/i);
      const described = await chip.evaluate(
        (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
      );
      expect(described).toBe(await tip.textContent());
      // The tooltip sits clear of its label.
      const [c, t] = await Promise.all([chip.boundingBox(), tip.boundingBox()]);
      expect(t!.y >= c!.y + c!.height || t!.y + t!.height <= c!.y).toBe(true);
      await w.page.keyboard.press('Escape');
      await expect.poll(() => tip.isVisible()).toBe(false);
      // Escape stopped at the tooltip: the territory is still open.
      expect(new URL(w.page.url()).searchParams.get('territoire')).toBe('lezoux-thiers-ambert');
      await w.check('a chip’s definition');

      // A filter option, by the pointer.
      await w.page.locator('[data-testid="filters-toggle"]').click();
      const option = w.page.locator('label.opt', {
        has: w.page.locator('[data-testid="filter-publics-femmes"]'),
      });
      await option.hover();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect(
        await w.page.locator('[data-testid="filter-publics-femmes"]').getAttribute('aria-describedby'),
      ).toBeTruthy();
      await w.page.mouse.move(5, 400);
      await expect.poll(() => tip.isVisible()).toBe(false);

      // A table header of the charts: a lever's column takes the focus and shows its definition.
      await w.page.goto(new URL('?rendu=svg&vue=graphiques&graphique=matrice', w.page.url()).href);
      await w.page.locator('details.table summary').first().click();
      const th = w.page.locator('[data-testid="chart-table"] thead th[tabindex="0"]').first();
      await w.page.keyboard.press('Shift');
      await th.focus();
      await expect.poll(() => tip.isVisible()).toBe(true);
      expect((await tip.textContent())?.length).toBeGreaterThan(20);
      await w.screenshot('definition-table-header');
    } finally {
      await w.close();
    }
  });

  it('keeps « Jaccard », « indice » and « sériation » to the Méthode page, in both languages', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const all = [
        '?rendu=svg',
        '?rendu=svg&territoire=mulhouse-alsace-agglomeration',
        '?rendu=svg&comparer=nord-loiret,pays-compiegnois',
        ...['matrice', 'axes', 'publics', 'similarite', 'frequence'].map(
          (g) => `?rendu=svg&vue=graphiques&graphique=${g}&ordre=similarite`,
        ),
      ];
      // English: the states whose French said « indice » or « Jaccard » before (#15).
      const paths = lang === 'fr' ? all : all.filter((p) => /graphique=similarite|comparer/.test(p));
      for (const path of paths) {
        const w = await open(browser, `${path}${lang === 'en' ? '&lang=en' : ''}`);
        try {
          if (path.includes('graphiques')) {
            await w.page.locator('svg.chart-svg').first().waitFor();
            await w.page.locator('details.table summary').first().click();
          } else await mapFirst(w.page);
          await w.page.waitForTimeout(300);
          const text = await w.page.evaluate(
            () =>
              document.body.innerText +
              ' ' +
              [...document.querySelectorAll('[aria-label]')]
                .map((e) => e.getAttribute('aria-label'))
                .join(' '),
          );
          expect(text, `${path} (${lang})`).not.toMatch(/jaccard|s[ée]riation|\bindice\b|\bindex \d/i);
        } finally {
          await w.close();
        }
      }
    }
    // Méthode explains them.
    const w = await open(browser, '?rendu=svg');
    await mapFirst(w.page);
    await w.page.locator('[data-testid="overview-method"]').click();
    expect(await w.page.locator('[data-testid="method-jaccard"]').textContent()).toContain('Jaccard');
    await w.close();
  });

  it('fits each territory’s heading and key facts in the phone sheet’s first view, the sheet’s height unchanged', async () => {
    const w = await open(browser, '?rendu=svg', { width: 390, height: 844 });
    try {
      await mapFirst(w.page);
      const sheet = () => w.page.locator('.panel').evaluate((el) => el.getBoundingClientRect().height);
      const before = await sheet();
      const ids = await w.page
        .locator('[data-testid="marker"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
      expect(ids).toHaveLength(8);
      for (const id of ids) {
        await w.page.goto(new URL(`?rendu=svg&territoire=${id}`, w.page.url()).href);
        await w.page.locator('[data-testid="panel-heading"]').waitFor();
        const fit = await w.page.evaluate(() => {
          const panel = document.querySelector('.panel')!.getBoundingClientRect();
          const heading = document.querySelector('[data-testid="panel-heading"]')!.getBoundingClientRect();
          const facts = document.querySelector('.facts-line')!.getBoundingClientRect();
          return {
            top: heading.top - panel.top,
            bottom: panel.bottom - facts.bottom,
            inView: facts.bottom <= innerHeight,
          };
        });
        expect(fit.top, `${id}: heading inside the sheet`).toBeGreaterThanOrEqual(0);
        expect(fit.bottom, `${id}: facts inside the sheet`).toBeGreaterThanOrEqual(0);
        expect(fit.inView, id).toBe(true);
        expect(Math.abs((await sheet()) - before), `${id}: sheet height`).toBeLessThan(1);
        expect(await w.page.locator('.facts-line').textContent()).toMatch(/habitants/);
      }
      await w.screenshot('phone-sheet-territory');
    } finally {
      await w.close();
    }
  });

  it('opens every view with « En bref », and a territory card names its nearest territories with a one-click comparison', async () => {
    const brief = async (w: Awaited<ReturnType<typeof open>>, scope = '') => {
      const el = w.page.locator(`${scope} [data-testid="brief-text"]`).first();
      await el.waitFor();
      return (await el.textContent()) ?? '';
    };
    const cases: [string, RegExp][] = [
      ['?rendu=svg', /^8 territoires, 25 actions nommées\./],
      ['?rendu=svg&leviers=mixite', /1 action/],
      ['?rendu=svg&territoire=mulhouse-alsace-agglomeration', /Mulhouse.*plus proche est Lisieux Normandie/],
      ['?rendu=svg&comparer=bassin-de-brive,nord-loiret', /Brive|Nord Loiret/],
      ['?rendu=svg&lang=en', /^8 territories, 25 named actions\./],
    ];
    for (const [path, expected] of cases) {
      const w = await open(browser, path);
      try {
        await mapFirst(w.page);
        expect(await brief(w), path).toMatch(expected);
      } finally {
        await w.close();
      }
    }
    for (const chart of ['matrice', 'axes', 'publics', 'similarite', 'frequence']) {
      const w = await open(browser, `?rendu=svg&vue=graphiques&graphique=${chart}`);
      try {
        const text = await brief(w, `[data-testid="chart-${chart}"]`);
        expect(text.length, chart).toBeGreaterThan(30);
        // The chart's accessible description is its « En bref ».
        const described = await w.page
          .locator(`[data-testid="chart-${chart}"] svg.chart-svg`)
          .first()
          .evaluate((svg) =>
            (svg.getAttribute('aria-describedby') ?? '')
              .split(' ')
              .map((id) => document.getElementById(id)?.textContent ?? '')
              .join(' '),
          );
        expect(described, chart).toContain(text);
      } finally {
        await w.close();
      }
    }

    const w = await open(browser, '?rendu=svg&territoire=pays-compiegnois');
    try {
      await mapFirst(w.page);
      const items = w.page.locator('[data-testid="nearest-item"]');
      await items.first().waitFor();
      expect(await items.evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).toEqual([
        'nord-loiret',
        'mulhouse-alsace-agglomeration',
      ]);
      expect(await w.page.locator('[data-testid="nearest-tie"]').first().textContent()).toContain('égalité');
      expect(await items.first().textContent()).toContain('2 leviers en commun sur 5');
      await w.check('nearest territories');
      await items.first().locator('button').click();
      await expect
        .poll(() => new URL(w.page.url()).searchParams.get('comparer'))
        .toBe('pays-compiegnois,nord-loiret');
      await w.page.locator('[data-testid="panel-heading"]').waitFor();
      await w.screenshot('nearest-compared');
    } finally {
      await w.close();
    }
  });

  it('keeps a dimmed numbered marker’s number legible on a phone', async () => {
    const w = await open(browser, '?rendu=svg&leviers=mixite', { width: 390, height: 844 });
    try {
      await mapFirst(w.page);
      const dots = await w.page.locator('[data-testid="marker"].dimmed .dot').evaluateAll((els) =>
        els.map((e) => {
          const s = getComputedStyle(e);
          return { text: e.textContent?.trim() ?? '', color: s.color, bg: s.backgroundColor };
        }),
      );
      expect(dots.length).toBe(7);
      for (const d of dots) {
        expect(d.text).toMatch(/^[1-8]$/);
        expect(d.color).not.toBe(d.bg);
      }
    } finally {
      await w.close();
    }
  });

  it('keeps the map, the markers, the chips and the charts legible in forced colours, selection visible', async () => {
    const w = await open(browser, '?rendu=svg&territoire=nord-loiret&leviers=decouverte', {
      forcedColors: 'active',
    });
    try {
      await mapFirst(w.page);
      expect(await w.page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      const style = (selector: string) =>
        w.page
          .locator(selector)
          .first()
          .evaluate((el) => {
            const s = getComputedStyle(el);
            return {
              bg: s.backgroundColor,
              color: s.color,
              border: s.borderBottomColor,
              fca: s.forcedColorAdjust,
            };
          });
      // The map keeps its own palette: the selected marker's label stands out of the map's surface.
      const map = await style('.map');
      expect(map.fca).toBe('none');
      const selected = await style('[data-testid="marker"][aria-pressed="true"] .label');
      expect(selected.bg).not.toBe(map.bg);
      expect(selected.color).not.toBe(selected.bg);
      // The chosen view reads as the system's selection (Highlight), unlike the other view's button.
      const pressed = await style('.views button[aria-pressed="true"]');
      const unpressed = await style('.views button[aria-pressed="false"]');
      expect(pressed.bg).not.toBe(unpressed.bg);
      const highlight = await w.page.evaluate(() => {
        const probe = document.createElement('span');
        probe.style.setProperty('background-color', 'Highlight');
        document.body.append(probe);
        const c = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return c;
      });
      expect(pressed.bg).toBe(highlight);
      // A lever's swatch keeps its colour (it is data), not the canvas's.
      const swatch = await style('.swatch');
      expect(swatch.fca).toBe('none');
      await w.screenshot('forced-colours-map');

      await w.page.locator('.views button[aria-pressed="false"]').click();
      await w.page.locator('[role="tab"][aria-selected="true"]').waitFor();
      const tab = await style('[role="tab"][aria-selected="true"]');
      const otherTab = await style('[role="tab"][aria-selected="false"]');
      expect(tab.border).not.toBe(otherTab.border);
      expect((await style('.figure')).fca).toBe('none');
      await w.screenshot('forced-colours-charts');
      await w.check('forced colours');
    } finally {
      await w.close();
    }
  });
});
