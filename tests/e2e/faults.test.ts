/**
 * Faults that heal (#13): every lazy chunk and every geodata file failed on purpose, by routing, as a
 * real host fails them (a blip, a redeploy's 404, a file of the wrong shape, a slow network). Each test
 * checks the atlas's own sentence in the reader's language, that no control covers it, the retry, and
 * that no uncaught error was raised (a failed request's own console line is the only error allowed).
 */
import { readFileSync } from 'node:fs';

import type { Browser, Locator, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { chromiumPath, launch, mapFirst, mapReady, open, type Watched } from './browser';

/** Fails the first `times` requests matching `pattern` (404), then lets them through; counts all. */
async function failing(page: Page, pattern: string | RegExp, times: number) {
  const state = { requests: 0, times };
  await page.route(pattern, (route: Route) => {
    state.requests += 1;
    if (state.requests <= state.times) return route.fulfill({ status: 404, body: 'gone' });
    return route.continue();
  });
  return state;
}

/** The errors that are not a failed request's own console line (those are the faults we injected). */
const uncaught = (w: Watched) => w.errors.filter((e) => !/Failed to load resource/.test(e));

/** Nothing covers the element: the topmost element at its centre and corners is inside it. */
async function uncovered(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const points = [
      [r.left + r.width / 2, r.top + r.height / 2],
      [r.left + 4, r.top + 4],
      [r.right - 4, r.bottom - 4],
    ] as const;
    return (
      r.width > 0 &&
      points.every(([x, y]) => {
        const top = document.elementFromPoint(x, y);
        return !!top && (el === top || el.contains(top));
      })
    );
  });
}

/** Lets the injected failures pass from now on. */
const heal = (s: { times: number; requests: number }) => (s.times = s.requests);

// A chunk's address, as first asked for or again under a fresh one (`?retry=N`, lib/load/fresh-import.ts).
const chunk = (name: string) => new RegExp(`/assets/${name}-[\\w-]{8}\\.js(\\?retry=\\d+)?$`);

describe.skipIf(!chromiumPath)('faults that heal', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('a failed chunk is asked for again under a fresh address: the module map keeps the failure (Chromium 150), the retry loads', async () => {
    const hits: string[] = [];
    const w = await open(browser, '?rendu=svg', {
      prepare: async (page) => {
        await page.route('**/probe/*.js*', (route) => {
          const url = new URL(route.request().url());
          // Each file fails the first time it is asked for, whatever its query.
          const first = !hits.some((h) => h.startsWith(url.pathname));
          hits.push(url.pathname + url.search);
          if (first) return route.fulfill({ status: 404, body: '' });
          return route.fulfill({ status: 200, contentType: 'text/javascript', body: 'export const a = 2;' });
        });
      },
    });
    await mapFirst(w.page);
    // A string, not a function: Vitest would rewrite a function's `import()` for Node.
    const outcomes = (await w.page.evaluate(`(async () => {
      const out = [];
      const plain = async () => { try { await import(location.origin + '/probe/plain.js'); return 'ok'; } catch { return 'failed'; } };
      out.push(await plain());
      // The same URL again: Chromium answers from its module map, without a request.
      out.push(await plain());
      for (let i = 0; i < 3; i++) {
        try {
          const m = await globalThis.__atlasChunk('./a.js', location.origin + '/probe/x.js');
          out.push('ok ' + m.a);
        } catch (e) {
          out.push('failed');
        }
      }
      return out;
    })()`)) as string[];
    const plainAsked = hits.filter((h) => h.startsWith('/probe/plain.js')).length;
    // The engine either keeps the failure (no second request) or fetches again (and the stub then loads).
    expect(outcomes.slice(0, 2)).toEqual(plainAsked === 1 ? ['failed', 'failed'] : ['failed', 'ok']);
    // Through the atlas's loader, the chunk loads on the second try whichever the engine does, from a
    // fresh address; then it is the same module, not asked for again.
    expect(outcomes.slice(2)).toEqual(['failed', 'ok 2', 'ok 2']);
    expect(hits.filter((h) => h.startsWith('/probe/a.js'))).toEqual(['/probe/a.js', '/probe/a.js?retry=1']);
    await w.close();
  });

  it('charts: a chunk that fails once heals by itself; twice, says so with « Réessayer »', async () => {
    // 1: fails once, healed by the automatic retry; Infinity: fails until the test heals it.
    for (const times of [1, Infinity]) {
      let s = { requests: 0, times };
      const w = await open(browser, '?rendu=svg&vue=graphiques', {
        prepare: async (page) => (s = await failing(page, chunk('ChartsView'), times)),
      });
      const box = w.page.locator('[data-testid="charts-load"]');
      if (times === 1) {
        await w.page.locator('[data-chart]').first().waitFor({ timeout: 10_000 });
        expect(s.requests).toBe(2);
      } else {
        await expect.poll(() => box.getAttribute('data-status'), { timeout: 10_000 }).toBe('failed');
        expect(await box.locator('[role="status"]').textContent()).toBe(
          'Les graphiques n’ont pas pu être chargés. Vérifiez la connexion.',
        );
        expect(await uncovered(box)).toBe(true);
        await w.screenshot('fault-charts-failed');
        // axe on the failed state (the injected 404s' own console lines aside).
        w.errors.splice(0, w.errors.length, ...uncaught(w));
        await w.check('charts failed');
        heal(s);
        await box.locator('[data-testid="charts-load-retry"]').click();
        await w.page.locator('[data-chart]').first().waitFor({ timeout: 10_000 });
      }
      expect(uncaught(w)).toEqual([]);
      await w.close();
    }
  });

  it('territory, compare and Méthode views: the failure in place of the view, then the view on retry', async () => {
    const cases = [
      {
        name: 'TerritoryPanel',
        path: '?rendu=svg&territoire=nord-loiret',
        text: 'La fiche du territoire n’a pas pu être chargée. Vérifiez la connexion.',
        ready: '[data-testid="panel-heading"]',
      },
      {
        name: 'ComparePanel',
        path: '?rendu=svg&comparer=nord-loiret,pays-compiegnois',
        text: 'La comparaison n’a pas pu être chargée. Vérifiez la connexion.',
        ready: '[data-panel-mode="compare"] h2',
      },
    ];
    for (const c of cases) {
      let s = { requests: 0, times: Infinity };
      const w = await open(browser, c.path, {
        prepare: async (page) => (s = await failing(page, chunk(c.name), Infinity)),
      });
      const box = w.page.locator('[data-testid="view-load"]');
      await expect.poll(() => box.getAttribute('data-status'), { timeout: 10_000 }).toBe('failed');
      expect(await box.locator('[role="status"]').textContent(), c.name).toBe(c.text);
      expect(await uncovered(box)).toBe(true);
      await w.screenshot(`fault-${c.name}`);
      heal(s);
      await box.locator('[data-testid="view-load-retry"]').click();
      await w.page.locator(c.ready).first().waitFor();
      expect(await box.count()).toBe(0);
      expect(uncaught(w), c.name).toEqual([]);
      await w.close();
    }
    // Méthode, in English, opened from the overview's link.
    let s = { requests: 0, times: Infinity };
    const w = await open(browser, '?rendu=svg&lang=en', {
      prepare: async (page) => (s = await failing(page, chunk('MethodPanel'), Infinity)),
    });
    await w.page.locator('[data-testid="panel-heading"]').waitFor();
    await w.page.locator('[data-testid="overview-method"]').click();
    const box = w.page.locator('[data-testid="view-load"]');
    await expect.poll(() => box.getAttribute('data-status'), { timeout: 10_000 }).toBe('failed');
    expect(await box.locator('[role="status"]').textContent()).toBe(
      'The Method page could not be loaded. Check the connection.',
    );
    expect(await box.locator('button').textContent()).toBe('Try again');
    heal(s);
    await box.locator('button').click();
    await w.page.locator('[data-testid="method-panel"]').waitFor();
    expect(uncaught(w)).toEqual([]);
    await w.close();
  });

  it('communes: a search names the failure instead of « no match », and finds the commune on retry', async () => {
    let s = { requests: 0, times: Infinity };
    const w = await open(browser, '?rendu=svg', {
      prepare: async (page) => (s = await failing(page, chunk('details'), Infinity)),
    });
    await w.page.locator('[data-testid="panel-heading"]').waitFor();
    await w.page.locator('[data-testid="search-input"]').fill('Pithiviers');
    const box = w.page.locator('[data-testid="communes-load"]');
    await expect.poll(() => box.getAttribute('data-status'), { timeout: 10_000 }).toBe('failed');
    expect(await box.locator('[role="status"]').textContent()).toContain(
      'La liste des communes n’a pas pu être chargée',
    );
    expect(await uncovered(box)).toBe(true);
    await w.screenshot('fault-communes');
    heal(s);
    await box.locator('button').click();
    await w.page.locator('[data-testid="search-result"][data-id="nord-loiret"]').waitFor();
    expect(await box.count()).toBe(0);
    expect(uncaught(w)).toEqual([]);
    await w.close();
  });

  it('« Intégrer »: a dialog that cannot load says so, and opens on retry', async () => {
    let s = { requests: 0, times: Infinity };
    const w = await open(browser, '?rendu=svg', {
      prepare: async (page) => (s = await failing(page, chunk('EmbedDialog'), Infinity)),
    });
    await mapFirst(w.page);
    await w.page.locator('[data-testid="open-embed"]').click();
    const box = w.page.locator('[data-testid="chunk-load"]');
    await expect.poll(() => box.getAttribute('data-status'), { timeout: 10_000 }).toBe('failed');
    expect(await box.locator('[role="status"]').textContent()).toBe(
      'La fenêtre «\u202FIntégrer\u202F» n’a pas pu être chargée. Vérifiez la connexion.',
    );
    expect(await uncovered(w.page.locator('[data-testid="chunk-failed"]'))).toBe(true);
    await w.screenshot('fault-embed-dialog');
    heal(s);
    await box.locator('button').click();
    await w.page.locator('dialog[open], [role="dialog"]').first().waitFor();
    expect(uncaught(w)).toEqual([]);
    await w.close();
  });

  it('« Ma présentation »: a deck chunk that cannot load says so, and the deck opens after « Réessayer »', async () => {
    let s = { requests: 0, times: Infinity };
    const w = await open(browser, '?rendu=svg', {
      prepare: async (page) => (s = await failing(page, chunk('DeckTools'), Infinity)),
    });
    await mapFirst(w.page);
    await w.page.locator('[data-testid="deck-open"]').click();
    const box = w.page.locator('[data-testid="chunk-load"]');
    await expect.poll(() => box.getAttribute('data-status'), { timeout: 10_000 }).toBe('failed');
    expect(await box.locator('[role="status"]').textContent()).toBe(
      '«\u202FMa présentation\u202F» n’a pas pu être chargée. Vérifiez la connexion.',
    );
    // Nothing claims to be open that is not.
    expect(await w.page.locator('[data-testid="deck-open"]').getAttribute('aria-expanded')).toBe('false');
    heal(s);
    await box.locator('button').click();
    await expect.poll(() => w.page.locator('[data-testid="chunk-failed"]').count()).toBe(0);
    await w.page.locator('[data-testid="deck-open"]').click();
    await w.page.locator('[data-testid="deck-panel"]').waitFor();
    expect(uncaught(w)).toEqual([]);
    await w.close();
  });

  it('exports: a module that cannot load says so in the atlas’s words, then exports on the next try', async () => {
    let s = { requests: 0, times: Infinity };
    const w = await open(browser, '?rendu=svg', {
      prepare: async (page) => (s = await failing(page, chunk('exports'), Infinity)),
    });
    await mapFirst(w.page);
    await w.page.locator('[data-testid="export-menu"]').click();
    await w.page.locator('[data-testid="export-csv"]').click();
    const status = w.page.locator('[data-testid="export-status"]');
    await expect
      .poll(() => status.textContent(), { timeout: 10_000 })
      .toBe('Le module d’export n’a pas pu être chargé. Vérifiez la connexion, puis relancez l’export.');
    expect(await uncovered(status)).toBe(true);
    await w.screenshot('fault-export');
    heal(s);
    const trigger = w.page.locator('[data-testid="export-menu"]');
    if ((await trigger.getAttribute('aria-expanded')) !== 'true') await trigger.click();
    const [file] = await Promise.all([
      w.page.waitForEvent('download'),
      w.page.locator('[data-testid="export-csv"]').click(),
    ]);
    expect(file.suggestedFilename()).toMatch(/\.csv$/);
    expect(uncaught(w)).toEqual([]);
    await w.close();
  });

  it('after a redeploy, offers « Recharger l’atlas », which keeps the view', async () => {
    const deploy = { done: false, gone: false };
    const w = await open(browser, '?rendu=svg&territoire=nord-loiret&publics=jeunes', {
      prepare: (page) =>
        // Yesterday's build: once « gone », its entry and its chunks answer 404 until the new one is served.
        page.route(/\/assets\/(main|ChartsView)-[\w-]{8}\.js(\?retry=\d+)?$/, (route) =>
          deploy.gone && !deploy.done ? route.fulfill({ status: 404, body: 'gone' }) : route.continue(),
        ),
    });
    await w.page.locator('[data-testid="panel-heading"]').waitFor();
    deploy.gone = true;
    await w.page.locator('[data-testid="view-graphiques"]').click();
    const box = w.page.locator('[data-testid="charts-load"]');
    await expect.poll(() => box.getAttribute('data-status'), { timeout: 10_000 }).toBe('failed');
    expect(await box.locator('[role="status"]').textContent()).toContain(
      'Une nouvelle version de l’atlas a été publiée',
    );
    await w.screenshot('fault-stale');
    const reload = box.locator('[data-testid="charts-load-reload"]');
    expect(await reload.textContent()).toBe('Recharger l’atlas');
    deploy.done = true;
    await Promise.all([w.page.waitForEvent('load'), reload.click()]);
    await w.page.locator('[data-chart]').first().waitFor({ timeout: 10_000 });
    const search = new URLSearchParams(await w.page.evaluate(() => location.search));
    expect(Object.fromEntries(search)).toMatchObject({
      vue: 'graphiques',
      territoire: 'nord-loiret',
      publics: 'jeunes',
    });
    expect(uncaught(w)).toEqual([]);
    await w.close();
  });

  it('in a host page, « Recharger l’atlas » mounts the atlas again with its state, the host page stays', async () => {
    const deploy = { done: false, gone: false };
    const w = await open(browser, 'integration.html', {
      prepare: (page) =>
        page.route(/\/assets\/(main|integration|MethodPanel)-[\w-]{8}\.js(\?retry=\d+)?$/, (route) =>
          deploy.gone && !deploy.done ? route.fulfill({ status: 404, body: 'gone' }) : route.continue(),
        ),
    });
    const first = w.page.locator('#mount-2');
    await first.locator('[data-testid="overview-method"]').waitFor();
    await w.page.evaluate(() => ((window as unknown as { hostMark: number }).hostMark = 42));
    deploy.gone = true;
    // The second atlas shows the overview: ask it for the Méthode page, whose chunk is now gone.
    await first.locator('[data-testid="overview-method"]').click();
    const box = first.locator('[data-testid="view-load"]');
    await expect.poll(() => box.getAttribute('data-status'), { timeout: 10_000 }).toBe('failed');
    const wanted = await w.page.evaluate(() => location.href);
    deploy.done = true;
    await first.locator('[data-testid="view-load-reload"]').click();
    // Mounted again with its state (dark theme, the « jeunes » filter), and the chunk now comes.
    await first.locator('[data-testid="overview-method"]').waitFor({ timeout: 10_000 });
    expect(await first.locator('[data-testid="atlas"]').getAttribute('data-theme')).toBe('dark');
    expect(await first.locator('[data-testid="view-load"]').count()).toBe(0);
    await first.locator('[data-testid="overview-method"]').click();
    await first.locator('[data-testid="method-panel"]').waitFor({ timeout: 10_000 });
    expect(await w.page.evaluate(() => (window as unknown as { hostMark?: number }).hostMark)).toBe(42);
    expect(await w.page.evaluate(() => location.href)).toBe(wanted);
    expect(await first.locator('[data-testid="atlas"]').count()).toBe(1);
    expect(uncaught(w)).toEqual([]);
    await w.close();
  });
});

describe.skipIf(!chromiumPath)('geodata that fails', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  const real = readFileSync('dist/geo/france.json', 'utf8');
  const faults: { name: string; body: (route: Route) => Promise<void> }[] = [
    {
      name: 'wrong shape',
      body: (route) =>
        route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: '{"type":"Topology","objects":{},"arcs":[]}',
        }),
    },
    { name: '404', body: (route) => route.fulfill({ status: 404, body: 'Not found' }) },
    {
      name: 'truncated',
      body: (route) =>
        route.fulfill({ status: 200, contentType: 'application/json', body: real.slice(0, real.length / 2) }),
    },
  ];

  for (const fault of faults)
    it(`base map, ${fault.name}: the atlas's sentence, markers and panel working, the map on « Réessayer »`, async () => {
      const state = { broken: true };
      const w = await open(browser, '?rendu=svg', {
        prepare: (page) =>
          page.route('**/geo/france.json', (route) => (state.broken ? fault.body(route) : route.continue())),
      });
      const box = w.page.locator('[data-testid="map-load"]');
      await expect.poll(() => box.getAttribute('data-status'), { timeout: 10_000 }).toBe('failed');
      expect(await box.locator('[role="status"]').textContent()).toBe(
        'Le fond de carte n’a pas pu être chargé. Vérifiez la connexion. Les territoires restent accessibles dans le panneau.',
      );
      expect(await uncovered(box)).toBe(true);
      // …and it covers no control either.
      for (const control of ['.controls .france', '[data-testid="layer-ti"]', '.controls .button >> nth=0'])
        expect(await uncovered(w.page.locator(control).first()), control).toBe(true);
      if (fault.name === 'wrong shape') {
        await w.screenshot('fault-basemap-shape');
        w.errors.splice(0, w.errors.length, ...uncaught(w));
        await w.check('base map failed');
      }
      // The markers and the panel come from data/, not from the geodata.
      expect(await w.page.locator('[data-testid="marker"]').count()).toBe(8);
      await w.page.locator('[data-testid="panel-heading"]').waitFor();
      await w.page.locator('[data-testid="marker"]').first().click();
      await expect.poll(() => w.page.evaluate(() => location.search)).toContain('territoire=');
      state.broken = false;
      await box.locator('[data-testid="map-load-retry"]').click();
      await expect.poll(() => w.page.locator('svg.svg-map path.land').count(), { timeout: 10_000 }).toBe(13);
      expect(await box.count()).toBe(0);
      expect(uncaught(w), fault.name).toEqual([]);
      await w.close();
    });

  it('territories of the wrong shape fail like the base map, in English', async () => {
    const w = await open(browser, '?rendu=svg&lang=en', {
      prepare: (page) =>
        page.route('**/geo/territoires.json', (route) =>
          route.fulfill({
            status: 200,
            contentType: 'application/json',
            body: '{"type":"Topology","objects":{"territoires":{"type":"GeometryCollection","geometries":[]}},"arcs":[]}',
          }),
        ),
    });
    const box = w.page.locator('[data-testid="map-load"]');
    await expect.poll(() => box.getAttribute('data-status'), { timeout: 10_000 }).toBe('failed');
    expect(await box.locator('[role="status"]').textContent()).toBe(
      'The base map could not be loaded. Check the connection. The territories are still listed in the panel.',
    );
    expect(await box.locator('button').textContent()).toBe('Try again');
    expect(await w.page.locator('[data-testid="marker"]').count()).toBe(8);
    expect(uncaught(w)).toEqual([]);
    await w.close();
  });

  it('a slow base map shows a light loading sign after 500 ms, then the map', async () => {
    // The client's own render (a link's: `lang=fr`); the prerendered page has its map in the HTML and
    // waits for the file to hydrate (geo-loading.test.ts).
    const w = await open(browser, '?lang=fr&rendu=svg', {
      prepare: (page) =>
        page.route('**/geo/france.json', async (route) => {
          await new Promise((r) => setTimeout(r, 4000));
          await route.continue();
        }),
    });
    const box = w.page.locator('[data-testid="map-load"]');
    await box.locator('[role="status"]:not(.visually-hidden)').waitFor({ timeout: 3500 });
    expect(await box.locator('[role="status"]').textContent()).toBe('Chargement du fond de carte…');
    expect(await uncovered(box.locator('[role="status"]'))).toBe(true);
    await w.screenshot('fault-basemap-slow');
    await expect.poll(() => w.page.locator('svg.svg-map path.land').count(), { timeout: 10_000 }).toBe(13);
    expect(await box.count()).toBe(0);
    expect(uncaught(w)).toEqual([]);
    await w.close();
  });

  it('the Territoires d’industrie layer: unticks itself and says so, then loads on « Réessayer »', async () => {
    const state = { broken: true };
    const w = await open(browser, '?rendu=svg', {
      prepare: (page) =>
        page.route('**/geo/territoires-industrie.json', (route) =>
          state.broken ? route.fulfill({ status: 404, body: '' }) : route.continue(),
        ),
    });
    await mapFirst(w.page);
    const box = w.page.locator('[data-testid="layer-ti"]');
    await box.check();
    const retry = w.page.locator('[data-testid="layer-ti-retry"]');
    await retry.waitFor();
    expect(await box.isChecked()).toBe(false);
    expect(await w.page.locator('.layers [role="status"]').textContent()).toContain(
      'La couche des Territoires d’industrie n’a pas pu être chargée.',
    );
    expect(await uncovered(retry)).toBe(true);
    await w.screenshot('fault-ti-layer');
    state.broken = false;
    await retry.click();
    await expect
      .poll(() => w.page.locator('svg.svg-map path.ti').count(), { timeout: 10_000 })
      .toBeGreaterThan(100);
    expect(await box.isChecked()).toBe(true);
    expect(await retry.count()).toBe(0);
    expect(uncaught(w)).toEqual([]);
    await w.close();
  });
});

describe.skipIf(!chromiumPath)('the WebGL renderer’s chunk failing', () => {
  it('keeps the SVG map and says the detailed map could not load (not « no WebGL »)', async () => {
    const browser = await launch('swiftshader');
    try {
      const w = await open(browser, '?rendu=webgl', {
        prepare: (page) =>
          page.route(chunk('MapLibreLayer'), (route) => route.fulfill({ status: 404, body: '' })),
      });
      const note = w.page.locator('[data-testid="svg-note"]');
      await note.waitFor({ timeout: 10_000 });
      expect(await note.textContent()).toBe(
        'La carte détaillée n’a pas pu être chargée : la carte allégée reste affichée.'.replace(
          ' :',
          '\u202F:',
        ),
      );
      expect(await w.page.locator('svg.svg-map path.land').count()).toBe(13);
      expect(await w.page.locator('[data-testid="atlas"] .map').getAttribute('data-renderer')).toBe('svg');
      expect(uncaught(w).filter((e) => !/MapLibre unavailable/.test(e))).toEqual([]);
      await w.close();
    } finally {
      await browser.close();
    }
  });

  it('the SVG map’s gestures: a chunk that fails once heals by itself; one that does not come leaves a map whose buttons still move it, and is asked for again at the next hand on the map', async () => {
    const browser = await launch('none');
    try {
      for (const times of [1, Infinity]) {
        let s = { requests: 0, times };
        const w = await open(browser, '?rendu=svg', {
          prepare: async (page) => (s = await failing(page, chunk('camera-gestures'), times)),
        });
        const g = w.page.locator('svg.svg-map > g').first();
        // map-ready waits for the gestures, attached or given up (their one automatic retry included).
        await mapReady(w.page);
        const before = await g.getAttribute('transform');
        const box = (await w.page.locator('svg.svg-map').boundingBox())!;
        await w.page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.6);
        await w.page.mouse.wheel(0, -300);
        if (times === 1) {
          expect(s.requests).toBe(2);
          await expect.poll(() => g.getAttribute('transform')).not.toBe(before);
        } else {
          await w.page.waitForTimeout(300);
          expect(await g.getAttribute('transform')).toBe(before);
          // The zoom button still moves the map (a jump instead of an eased move), and a marker still selects.
          await w.page.getByRole('button', { name: 'Zoomer', exact: true }).click();
          await expect.poll(() => g.getAttribute('transform')).not.toBe(before);
          await w.page.locator('[data-testid="marker"][data-id="nord-loiret"]').click();
          await expect.poll(() => w.page.url()).toContain('territoire=nord-loiret');
          // Healed: a hand on the map asks for the chunk again (its retry may already be on its way), and
          // the map then zooms under the wheel.
          heal(s);
          const asked = s.requests;
          // The territory's framing (a jump) has settled before the wheel.
          await w.page.waitForTimeout(500);
          const jumped = await g.getAttribute('transform');
          await expect
            .poll(
              async () => {
                await w.page.mouse.move(box.x + box.width * 0.3, box.y + box.height * 0.6);
                await w.page.mouse.wheel(0, -200);
                return g.getAttribute('transform');
              },
              { timeout: 10_000 },
            )
            .not.toBe(jumped);
          expect(s.requests).toBeGreaterThan(asked);
        }
        expect(uncaught(w)).toEqual([]);
        await w.close();
      }
    } finally {
      await browser.close();
    }
  });
});
