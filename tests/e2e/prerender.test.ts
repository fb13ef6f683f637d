/**
 * The prerendered first screen (#17): `npm run build` writes the default view into index.html (Svelte's
 * server renderer) and the client hydrates it. The HTML holds the map and the eight territories outside
 * any script; with scripts off the page reads as a map and an overview; hydration says nothing in the
 * console; a link with parameters never paints the overview first; the layout never shifts; the single
 * file, prerendered too, works from file:// with the network cut.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { territories } from '../../src/lib/data';
import { FIRST_SCREEN_SCRIPT, inlineBodies, pageCsp, SINGLE_DIR, SINGLE_FILE } from '../../vite.config';
import { baseUrl, chromiumPath, launch, mapFirst, open, SCREENSHOT_DIR } from './browser';

const ROOT = resolve(import.meta.dirname, '../..');
const html = readFileSync(resolve(ROOT, process.env['ATLAS_DIST'] ?? 'dist', 'index.html'), 'utf8');

/** Samples every frame from the first one (requestAnimationFrame runs before the frame paints). */
async function sampleFrames(page: Page) {
  await page.addInitScript(() => {
    const frames: Frame[] = [];
    Object.assign(window, { frames });
    const visible = (el: Element | null | undefined) =>
      !!el && el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
    const tick = () => {
      const app = document.getElementById('app');
      const heading = app?.querySelector('aside h2');
      const shown = visible(heading);
      frames.push({
        t: performance.now(),
        masthead: visible(app?.querySelector('header.masthead')),
        overview: shown && /Vue d’ensemble|Overview/.test(heading?.textContent ?? ''),
        territory: shown && /Nord Loiret/.test(heading?.textContent ?? ''),
        french: visible(app?.querySelector('h1')) && /Atlas de la Fabrique/.test(app?.textContent ?? ''),
        map:
          visible(app?.querySelector('[data-testid="svg-map"] path.land')) &&
          (app?.querySelectorAll('[data-testid="marker"]').length ?? 0) === 8,
      });
      if (frames.length < 900) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}
interface Frame {
  t: number;
  /** The full page's header (an embed has none). */
  masthead: boolean;
  overview: boolean;
  territory: boolean;
  french: boolean;
  map: boolean;
}
const framesOf = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as { frames: Frame[] }).frames.filter(
      (f) => f.map || f.overview || f.territory || f.french || f.masthead,
    ),
  );

/** Every layout shift Chromium recorded since the page started (buffered). */
const layoutShifts = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((done) => {
        let sum = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries() as (PerformanceEntry & { value: number })[]) sum += e.value;
        }).observe({ type: 'layout-shift', buffered: true });
        setTimeout(() => done(sum), 200);
      }),
  );

/** Each marker's dot centre lies in its territory's outline's box (with the dot's size as slack). */
async function markersOnTheirTerritories(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-testid="marker"]')].map((m) => {
      const dot = m.querySelector('.dot')!.getBoundingClientRect();
      const shape = document
        .querySelector(`path.territory[data-id="${m.dataset['id']}"]`)!
        .getBoundingClientRect();
      const x = dot.left + dot.width / 2;
      const y = dot.top + dot.height / 2;
      const slack = 12;
      return {
        id: m.dataset['id'],
        inside:
          x >= shape.left - slack &&
          x <= shape.right + slack &&
          y >= shape.top - slack &&
          y <= shape.bottom + slack,
      };
    }),
  );
}

describe.runIf(chromiumPath)('the prerendered first screen', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('index.html holds the map, the eight territories and the overview, with no style= and a CSP of hashes', () => {
    const app =
      /<div id="app" data-prerendered="">([\s\S]*)<\/div><template id="atlas-prerendered"><\/template>/.exec(
        html,
      )?.[1] ?? '';
    expect(app.length).toBeGreaterThan(20_000);
    expect(app.match(/data-testid="marker"/g)).toHaveLength(8);
    expect(app.match(/<path class="territory /g)).toHaveLength(8);
    expect((app.match(/<path class="land /g) ?? []).length).toBeGreaterThanOrEqual(12);
    for (const t of territories) {
      expect(app).toContain(`data-id="${t.id}"`);
      expect(app).toContain(t.shortName.replace(/'/g, '&#39;'));
    }
    expect(app).toContain('Vue d’ensemble');
    expect(app).toContain('cner-france.com/?p=1331');
    expect(app).toContain('<noscript>');
    // The CSP refuses style attributes: positions are SVG attributes and the hashed stylesheet.
    expect(html).not.toMatch(/\sstyle="/);
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    expect(csp).toBe(pageCsp(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')));
    expect(csp).not.toMatch(/unsafe-(inline|eval)/);
    // One inline script: it hides the prerender for a link's own view, and for `rendu=webgl` preloads
    // MapLibre's chunk (a file of the build).
    const scripts = inlineBodies(html, 'script');
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.startsWith(FIRST_SCREEN_SCRIPT)).toBe(true);
    const preloaded = /l\.href="\.\/(assets\/maplibre-[\w-]+\.js)"/.exec(scripts[0]!)?.[1];
    expect(preloaded && existsSync(resolve(ROOT, 'dist', preloaded))).toBe(true);
    expect(inlineBodies(html, 'style')).toHaveLength(1);
  });

  for (const [width, height] of [
    [1280, 720],
    [390, 844],
  ] as const)
    it(`with scripts off (${width} × ${height}) shows the map, its eight names, the overview and the noscript line`, async () => {
      const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
      const page = await context.newPage();
      const requests: string[] = [];
      page.on('request', (r) => requests.push(r.url()));
      await page.goto(baseUrl);
      await page.waitForLoadState('load');
      expect(await page.locator('[data-testid="marker"]').count()).toBe(8);
      for (const m of await markersOnTheirTerritories(page)) expect(m, m.id).toMatchObject({ inside: true });
      if (width >= 768) {
        // Each name is shown beside its dot, none over another.
        const boxes = await page
          .locator('[data-testid="marker"] .label')
          .evaluateAll((els) =>
            els.map((e) => e.getBoundingClientRect()).map((r) => [r.left, r.top, r.right, r.bottom]),
          );
        expect(boxes).toHaveLength(8);
        for (const [i, a] of boxes.entries())
          for (const b of boxes.slice(i + 1))
            expect(a[0]! < b[2]! && b[0]! < a[2]! && a[1]! < b[3]! && b[1]! < a[3]!).toBe(false);
      } else {
        // A phone: numbered dots, the names in the key under the map.
        const key = page.locator('[data-testid="number-key"]');
        expect(await key.isVisible()).toBe(true);
        for (const t of territories) expect(await key.textContent()).toContain(t.shortName);
        expect(
          await page
            .locator('[data-testid="marker"] .dot')
            .first()
            .evaluate((d) => getComputedStyle(d, '::after').content),
        ).toBe('counter(marker)');
      }
      await expect.poll(() => page.locator('aside h2').first().textContent()).toBe('Vue d’ensemble');
      expect(await page.locator('.noscript').isVisible()).toBe(true);
      expect(await page.locator('.noscript').textContent()).toContain('JavaScript');
      // The line covers none of the markers (on a phone it runs along the top of the map).
      const note = (await page.locator('.noscript').boundingBox())!;
      for (const dot of await page.locator('[data-testid="marker"] .dot').all()) {
        const d = (await dot.boundingBox())!;
        const apart =
          d.x >= note.x + note.width ||
          note.x >= d.x + d.width ||
          d.y >= note.y + note.height ||
          note.y >= d.y + d.height;
        expect(apart).toBe(true);
      }
      expect(await page.locator('#atlas-fallback').isVisible()).toBe(false);
      if (width >= 768) expect(await page.locator('.site-footer .source').isVisible()).toBe(true);
      // Nothing but the page's own files.
      expect(requests.filter((u) => new URL(u).origin !== new URL(baseUrl).origin)).toEqual([]);
      await page.screenshot({ path: `${SCREENSHOT_DIR}/prerender-noscript-${width}.png` });
      await context.close();
    });

  it('hydrates without a console message, answers a click, never shifts the layout, and switches to English', async () => {
    const messages: string[] = [];
    const w = await open(browser, './', {
      width: 1280,
      height: 720,
      prepare: (page) => {
        page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
        return sampleFrames(page);
      },
    });
    await w.page.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0);
    await mapFirst(w.page);
    const frames = await framesOf(w.page);
    // The first frame painted already holds the map (the HTML's).
    expect(frames[0]?.map).toBe(true);
    // The hydrated page is the prerendered one: the same nodes, not a second render.
    expect(await w.page.locator('#app').getAttribute('data-prerendered')).toBe('');
    expect(await w.page.locator('#app > .atlas').count()).toBe(1);
    await w.page.waitForTimeout(300);
    expect(await layoutShifts(w.page)).toBe(0);
    for (const m of await markersOnTheirTerritories(w.page)) expect(m, m.id).toMatchObject({ inside: true });
    await w.check('prerender hydrated');
    const marker = w.page.locator('[data-testid="marker"][data-id="nord-loiret"]');
    await marker.click();
    await expect.poll(() => marker.getAttribute('aria-pressed')).toBe('true');
    await expect.poll(() => w.page.locator('aside h2').first().textContent()).toContain('Nord Loiret');
    await w.page.keyboard.press('Escape');
    await w.page.getByRole('button', { name: 'Read this atlas in English' }).first().click();
    await expect.poll(() => w.page.locator('h1').first().textContent()).toMatch(/Atlas of/);
    await w.check('prerender hydrated, then English');
    expect(messages, 'console after hydration').toEqual([]);
    await w.close();
  });

  for (const query of ['?rendu=svg', '?rendu=webgl'])
    it(`a renderer's link (${query}) is the same view: the prerender stays and hydrates`, async () => {
      const requests: string[] = [];
      const w = await open(browser, query, {
        width: 1280,
        height: 720,
        prepare: async (page) => {
          page.on('request', (r) => requests.push(r.url()));
          await sampleFrames(page);
        },
      });
      await w.page.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0);
      expect(await w.page.locator('#app').getAttribute('data-prerendered')).toBe('');
      expect((await framesOf(w.page))[0]?.map).toBe(true);
      if (query.endsWith('webgl')) {
        // MapLibre's chunk was asked for by the page's first script, before its own module ran.
        const maplibre = requests.findIndex((u) => /\/assets\/maplibre-[\w-]+\.js$/.test(u));
        const main = requests.findIndex((u) => /\/assets\/main-[\w-]+\.js$/.test(u));
        expect(maplibre).toBeGreaterThanOrEqual(0);
        expect(main).toBeGreaterThanOrEqual(0);
        // No WebGL in this browser: the SVG stays, and says so.
        await expect.poll(() => w.page.locator('[data-testid="svg-note"]').isVisible()).toBe(true);
      }
      const marker = w.page.locator('[data-testid="marker"][data-id="creusot-montceau"]');
      await marker.click();
      await expect.poll(() => marker.getAttribute('aria-pressed')).toBe('true');
      await w.check(`renderer link ${query}`);
      await w.close();
    });

  for (const query of ['?territoire=nord-loiret', '?lang=en', '?embed=carte&rendu=svg'])
    it(`a link (${query}) never paints the prerendered overview first`, async () => {
      const w = await open(browser, query, { width: 1280, height: 720, prepare: sampleFrames });
      await mapFirst(w.page);
      // The territory's view is a lazy chunk: its heading may come some frames after the map.
      if (query.includes('territoire'))
        await expect.poll(() => w.page.locator('aside h2').first().textContent()).toContain('Nord Loiret');
      await w.page.waitForTimeout(200);
      const frames = await framesOf(w.page);
      expect(frames.length).toBeGreaterThan(0);
      if (query.includes('territoire')) {
        expect(frames.some((f) => f.overview)).toBe(false);
        expect(frames.find((f) => f.territory || f.overview)?.territory).toBe(true);
      } else if (query.includes('lang')) expect(frames.some((f) => f.french)).toBe(false);
      // An embed of the map alone: neither the page's header nor the overview, ever.
      else expect(frames.some((f) => f.overview || f.masthead)).toBe(false);
      expect(await w.page.locator('#app').getAttribute('data-prerendered')).toBeNull();
      await w.check(`link ${query}`);
      await w.close();
    });

  it('a link whose modules fail shows the prerender after 3 s, with the notice saying so', async () => {
    const w = await open(browser, '?territoire=nord-loiret', {
      width: 1280,
      height: 720,
      prepare: (page) => page.route(/\/assets\/.*\.js$/, (r) => r.abort()),
    });
    const atlas = w.page.locator('#app > .atlas');
    const shown = () => atlas.evaluate((el) => el.checkVisibility({ visibilityProperty: true }));
    expect(await shown()).toBe(false);
    await expect.poll(shown, { timeout: 6000 }).toBe(true);
    const notice = w.page.locator('#atlas-fallback');
    await expect.poll(() => notice.isVisible(), { timeout: 6000 }).toBe(true);
    expect(await notice.textContent()).toContain('La vue demandée par le lien n’a pas pu s’ouvrir');
    expect(await notice.textContent()).toContain('The link’s view could not open');
    await w.page.screenshot({ path: `${SCREENSHOT_DIR}/prerender-modules-failed.png` });
    await w.close();
  });

  it('the single file is prerendered too, and hydrates from file:// with the network cut', async () => {
    const file = resolve(ROOT, SINGLE_DIR, SINGLE_FILE);
    expect(readFileSync(file, 'utf8')).toContain('<div id="app" data-prerendered="">');
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const refused: string[] = [];
    const errors: string[] = [];
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (/^(file|data|blob):/.test(url)) return route.continue();
      refused.push(url);
      return route.abort('internetdisconnected');
    });
    const page = await context.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(pathToFileURL(file).href);
    await page.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0);
    expect(await page.locator('#app').getAttribute('data-prerendered')).toBe('');
    const marker = page.locator('[data-testid="marker"][data-id="mulhouse-alsace-agglomeration"]');
    await marker.click();
    await expect.poll(() => marker.getAttribute('aria-pressed')).toBe('true');
    expect(refused).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
});
