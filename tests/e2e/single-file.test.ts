/**
 * The single file (`npm run build:single`) as users get it on a USB key: opened from disk (file://) with
 * every network request refused. The map draws from the inlined geodata, MapLibre's worker starts from
 * its data: URL, the font is used, nothing but the file itself is loaded, and its CSP (hashes of exactly
 * its inline code) reports no violation. Also the public-sector texts it embeds in place of the pages.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { FIRST_SCREEN_SCRIPT, inlineBodies, SINGLE_DIR, SINGLE_FILE } from '../../vite.config';
import { chromiumPath, launch, mapFirst, type WebGLMode } from './browser';

const FILE = resolve(import.meta.dirname, '../..', SINGLE_DIR, SINGLE_FILE);
const FILE_URL = pathToFileURL(FILE).href;
const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Opened {
  context: BrowserContext;
  page: Page;
  /** Page errors, console errors (CSP violations are logged as such) and worker errors. */
  errors: string[];
  /** Every request the browser made, the file itself included. */
  requests: string[];
  /** Requests that tried to leave the file (refused). */
  refused: string[];
  workers: string[];
  check: (label: string) => Promise<void>;
}

async function openFile(browser: Browser, suffix = ''): Promise<Opened> {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
    colorScheme: 'light',
  });
  const requests: string[] = [];
  const refused: string[] = [];
  const errors: string[] = [];
  const workers: string[] = [];
  context.on('request', (r) => requests.push(r.url()));
  // No network at all: anything that is not the file or a data:/blob: URL is refused (and counted).
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (/^(file|data|blob):/.test(url)) return route.continue();
    refused.push(url);
    return route.abort('internetdisconnected');
  });
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text().slice(0, 300)}`);
  });
  page.on('worker', (w) => workers.push(w.url()));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  await page.goto(`${FILE_URL}${suffix}`);

  const check = async (label: string) => {
    // A string expression runs through CDP as is, outside the page's CSP.
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    const violations = await page.evaluate(async () => {
      type AxeResult = { violations: { id: string; nodes: { target: unknown }[] }[] };
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } })
        .axe;
      const r = await axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
    });
    expect(violations, `axe violations in « ${label} »`).toEqual([]);
    expect(errors, `errors in « ${label} »`).toEqual([]);
    expect(refused, `requests refused in « ${label} »`).toEqual([]);
    const outside = requests.filter((u) => !/^(data|blob):/.test(u) && u.split(/[?#]/)[0] !== FILE_URL);
    expect(outside, `requests other than the file in « ${label} »`).toEqual([]);
  };

  return { context, page, errors, requests, refused, workers, check };
}

/**
 * What DevTools' CSS agent logs on a file:// page since Chromium 150, as `CSS.enable` reads the page's own
 * source back: the inspector's doing, not the page's (a plain HTML file from disk logs it too).
 */
const inspectorSelfLoad =
  /^console\.error: Unsafe attempt to load URL (\S+) from frame with URL \1\. 'file:' URLs are treated as unique security origins\./;

/**
 * The family Chromium actually drew a node's text with (CDP), to tell the inlined font from a fallback.
 * `errors`: the page's console errors, from which the inspector's own line is taken out again.
 */
async function renderedFont(
  page: Page,
  selector: string,
  errors: string[],
): Promise<{ name: string; custom: boolean }> {
  const before = errors.length;
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
  const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
  await cdp.detach();
  // The console line comes asynchronously: wait for it briefly, then remove only that one.
  await expect
    .poll(() => errors.slice(before).some((e) => inspectorSelfLoad.test(e)), { timeout: 1000 })
    .toBe(true)
    .catch(() => undefined);
  const own = errors.slice(before).filter((e) => !inspectorSelfLoad.test(e));
  errors.splice(before, errors.length - before, ...own);
  const main = fonts.sort((a, b) => b.glyphCount - a.glyphCount)[0];
  return { name: main?.familyName ?? '', custom: !!main?.isCustomFont };
}

async function selectByClick(page: Page, id: string, name: string) {
  const marker = page.locator(`[data-testid="marker"][data-id="${id}"]`);
  await marker.click();
  await expect.poll(() => marker.getAttribute('aria-pressed')).toBe('true');
  await expect.poll(() => page.locator('[data-testid="panel-heading"]').textContent()).toContain(name);
  await expect.poll(() => page.url()).toContain(`territoire=${id}`);
}

describe.skipIf(!chromiumPath)('single file from file://, network cut', () => {
  beforeAll(() => {
    if (!existsSync(FILE)) throw new Error(`${FILE} is missing: run \`npm run build:single\` first.`);
  });

  it('holds everything inline, under a CSP that hashes exactly its inline code', () => {
    const html = readFileSync(FILE, 'utf8');
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    const directives = new Map(csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]));
    const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
    const scripts = inlineBodies(html, 'script');
    const styles = inlineBodies(html, 'style');
    // The prerender's first script (#17: it hides the prerendered overview for a link's own view), then the app.
    expect(scripts.length).toBe(2);
    expect(scripts).toContain(FIRST_SCREEN_SCRIPT);
    expect(styles.length).toBeGreaterThanOrEqual(1);
    expect(directives.get('script-src')).toEqual(scripts.map(hash));
    expect(directives.get('style-src')).toEqual(styles.map(hash));
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('worker-src')).toEqual(['data:']);
    expect(directives.get('font-src')).toEqual(['data:']);
    expect(directives.get('connect-src')).toEqual(['data:']);
    // The CSP comes before any code, and nothing in the markup points at another file.
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script'));
    const markup = html.replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/g, '');
    expect(markup).not.toMatch(/\s(src|href)="(?!data:|#|https:)/);
    expect(styles.join('')).toMatch(/url\(data:font\/woff2;base64,/);
  });

  describe.each<WebGLMode>(['none', 'swiftshader'])('WebGL %s', (webgl) => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch(webgl);
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('draws the SVG map from the inlined geodata, selects a territory, with the inlined font', async () => {
      const w = await openFile(browser, '?rendu=svg');
      await mapFirst(w.page);
      expect(await w.page.locator('svg.svg-map path.territory').count()).toBe(8);
      expect(await w.page.locator('svg.svg-map path.land').count()).toBe(13);
      expect(await w.page.locator('[data-testid="marker"]').count()).toBe(8);
      // The watch works: the file itself was seen (and nothing else, checked below).
      expect(w.requests.some((u) => u.startsWith(FILE_URL))).toBe(true);
      expect(await renderedFont(w.page, 'h1', w.errors)).toMatchObject({
        custom: true,
        name: expect.stringMatching(/^Source Sans 3/),
      });
      await w.check('single file, first screen');
      await selectByClick(w.page, 'terres-de-montaigu', 'Montaigu');
      // The Territoires d'industrie layer reads its file from the page too (not the first screen's).
      await w.page.locator('[data-testid="layer-ti"]').check();
      await expect.poll(() => w.page.locator('path.ti').count(), { timeout: 15_000 }).toBeGreaterThan(100);
      await w.check('single file, territory selected, Territoires d’industrie on');
      await w.context.close();
    });

    it.runIf(webgl === 'swiftshader')(
      'rendu=webgl: MapLibre starts its worker from the data: URL and takes over',
      async () => {
        const w = await openFile(browser, '?rendu=webgl');
        await mapFirst(w.page);
        await w.page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
          timeout: 45_000,
        });
        expect(await w.page.locator('.map').getAttribute('data-renderer')).toBe('webgl');
        expect(await w.page.locator('[data-testid="maplibre"] canvas').count()).toBe(1);
        expect(w.workers.length).toBeGreaterThanOrEqual(1);
        expect(w.workers.every((u) => u.startsWith('data:text/javascript'))).toBe(true);
        await selectByClick(w.page, 'creusot-montceau', 'Creusot');
        await w.check('single file, WebGL, territory selected');
        await w.context.close();
      },
    );
  });

  describe('public-sector texts inside the file', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await launch('none');
    });
    afterAll(async () => {
      await browser?.close();
    });

    it('shows each text at its fragment, hidden otherwise, with a way back to the atlas', async () => {
      const w = await openFile(browser, '?rendu=svg');
      await mapFirst(w.page);
      expect(await w.page.locator('.legal-page').evaluateAll((els) => els.map((e) => e.id))).toEqual([
        'accessibilite',
        'mentions-legales',
        'donnees',
      ]);
      expect(await w.page.locator('.legal-page:visible').count()).toBe(0);
      for (const [id, title] of [
        ['accessibilite', 'Déclaration d’accessibilité'],
        ['mentions-legales', 'Mentions légales'],
        ['donnees', 'Données et licences'],
      ] as const) {
        await w.page.evaluate((hash) => (location.hash = hash), id);
        const section = w.page.locator(`#${id}`);
        await expect.poll(() => section.isVisible()).toBe(true);
        expect(await section.locator('h2').first().textContent()).toBe(title);
        expect(await section.getAttribute('lang')).toBe('fr');
        await w.check(`single file, #${id}`);
        await section.locator('a[href="#app"]').first().click();
        await expect.poll(() => section.isVisible()).toBe(false);
      }
      await w.check('single file, back to the atlas');
      await w.context.close();
    });
  });
});
