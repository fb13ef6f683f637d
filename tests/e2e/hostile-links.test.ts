/**
 * Forty hostile links (PRODUCT.md « URL », « Security headers »): whatever the query string holds, the page
 * never throws, never turns the link into markup, always shows the eight markers, and says in its notice
 * what it ignored (by parameter name or value, as text). Entirely valid links show no notice.
 * One browser for all; a few watched pages from `open()` (errors, CSP, requests), ten links each.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TERRITORY_IDS } from '../../src/lib/data/schema';
import { parseUrl } from '../../src/lib/state/url';
import { baseUrl, chromiumPath, launch, mapFirst, open, type Watched } from './browser';

interface HostileLink {
  /** What the link tries. */
  name: string;
  /** The query after `?rendu=svg&`, as typed in an address bar (the browser percent-encodes what it must). */
  query: string;
  /** Text the notice must show (a parameter name or value); `null`: the link is entirely valid, no notice. */
  notice: string[] | null;
  /** Run axe on this one too (a handful, not all forty). */
  axe?: boolean;
  /** Text of the notice that must still read left to right (a bidi control in the link must not leak). */
  readsLeftToRight?: string;
}

const XSS_IMG = '"><img src=x onerror=window.__xss=1>';
const XSS_SCRIPT = '<script>window.__xss=1</script>';
const XSS_SVG = '<svg onload=window.__xss=1>';
const X = (n: number, c = 'x') => c.repeat(n);

const LINKS: HostileLink[] = [
  // Unknown ids and parameters.
  { name: 'unknown territory', query: 'territoire=paris', notice: ['territoire', 'paris'], axe: true },
  { name: 'unknown parameter', query: 'foo=bar', notice: ['foo'] },
  {
    name: 'unknown levers among known ones',
    query: 'leviers=formation,magie,freins,sorcellerie',
    notice: ['magie', 'sorcellerie'],
  },
  {
    name: 'unknown audience and format',
    query: 'publics=extraterrestres&formats=hologramme',
    notice: ['extraterrestres', 'hologramme'],
  },
  { name: 'unknown view and chart', query: 'vue=3d&graphique=camembert', notice: ['vue', 'graphique'] },
  { name: 'unknown renderer after the forced one', query: 'rendu=canvas', notice: ['rendu'] },
  // Very long strings (10 000 characters).
  { name: '10 000-character territory', query: `territoire=${X(10_000)}`, notice: ['territoire'], axe: true },
  { name: '10 000-character search text', query: `q=${X(10_000, 'a')}`, notice: ['q='] },
  { name: '10 000-character key', query: `${X(10_000, 'k')}=1`, notice: ['kkkkkkkk'] },
  { name: 'search text cut across an emoji', query: `q=${X(199, 'a')}${X(40, '😀')}`, notice: ['q='] },
  { name: '2 000 unknown levers', query: `leviers=${X(2_000, 'magie,')}`, notice: ['magie'] },
  // Script fragments: in values, in keys, in free text (valid there, but still never markup).
  { name: '<script> as a territory', query: `territoire=${XSS_SCRIPT}`, notice: ['<script>'], axe: true },
  { name: '"><img onerror> as a territory', query: `territoire=${XSS_IMG}`, notice: ['<img src=x'] },
  { name: '<svg onload> as a lever', query: `leviers=${XSS_SVG}`, notice: ['<svg onload'] },
  { name: '<script> as a key', query: `${XSS_SCRIPT}=1`, notice: ['<script>'] },
  { name: '"><img onerror> as a key', query: `${XSS_IMG}`, notice: ['<img src=x'] },
  { name: 'javascript: as an embed', query: 'embed=javascript:window.__xss=1', notice: ['javascript:'] },
  { name: 'javascript: as a theme', query: 'theme=javascript:alert(1)', notice: ['javascript:'] },
  { name: '<script> in the search text (valid text)', query: `q=${XSS_SCRIPT}`, notice: null, axe: true },
  {
    name: '"><img onerror> in the search text (valid text)',
    query: `q=${encodeURIComponent(XSS_IMG)}`,
    notice: null,
  },
  // Repeated keys.
  {
    name: 'repeated territory',
    query: 'territoire=nord-loiret&territoire=bassin-de-brive',
    notice: ['bassin-de-brive'],
  },
  { name: 'repeated renderer', query: 'rendu=webgl', notice: ['rendu'] },
  // Wrong types and shapes.
  { name: 'camera of letters', query: 'carte=abc', notice: ['carte', 'abc'] },
  { name: 'camera in exponent notation', query: 'carte=1e3,48,5', notice: ['carte'] },
  { name: 'camera out of range', query: 'carte=2,48,99', notice: ['carte'] },
  { name: 'camera of NaN and Infinity', query: 'carte=NaN,Infinity,-Infinity', notice: ['carte'] },
  { name: 'comparer of numbers', query: 'comparer=1,2,3,4,5,6', notice: ['comparer'] },
  { name: 'comparer of one territory', query: 'comparer=nord-loiret', notice: ['comparer'] },
  {
    name: 'comparer of five territories',
    query: `comparer=${TERRITORY_IDS.slice(0, 5).join(',')}`,
    notice: [TERRITORY_IDS[4]],
  },
  { name: 'flag with a value', query: 'static=oui&transparent=0', notice: ['static', 'transparent'] },
  // Percent-encoding errors and Unicode.
  { name: 'truncated percent sequence', query: 'territoire=%E0%A4%A', notice: ['territoire'] },
  { name: 'lone percent signs', query: 'leviers=%&%=%', notice: ['leviers'] },
  { name: 'encoded lone surrogate', query: 'territoire=%ED%A0%80', notice: ['territoire'] },
  {
    name: 'Unicode look-alike id',
    query: 'territoire=nörd-loiret&leviers=formation,😀',
    notice: ['nörd-loiret', '😀'],
  },
  {
    name: 'right-to-left override',
    query: 'theme=%E2%80%AEkrad&foo=bar',
    notice: ['theme', 'foo=bar'],
    readsLeftToRight: 'foo=bar',
  },
  // Empty keys and garbage embeds.
  { name: 'empty key', query: '=valeur', notice: ['valeur'] },
  { name: 'empty embed', query: 'embed=', notice: ['embed'] },
  { name: 'garbage embed with markup', query: `embed=${XSS_IMG}`, notice: ['embed'] },
  // Prototype keys.
  {
    name: '__proto__, constructor and friends',
    query: '__proto__=1&constructor=x&toString=1&hasOwnProperty=y&territoire=__proto__',
    notice: ['__proto__', 'constructor', 'toString', 'hasOwnProperty'],
  },
  {
    name: 'prototype names as list values',
    query: 'leviers=constructor,__proto__&comparer=toString,valueOf',
    notice: ['constructor', 'valueOf'],
  },
];

async function scriptCount(page: Page) {
  return page.evaluate(() => document.scripts.length);
}

describe.skipIf(!chromiumPath)('40 hostile links (rendu=svg)', () => {
  let browser: Browser;
  let baselineScripts = 0;

  beforeAll(async () => {
    browser = await launch();
    const w = await open(browser, '?rendu=svg');
    await mapFirst(w.page);
    baselineScripts = await scriptCount(w.page);
    await w.close();
  });
  afterAll(async () => {
    await current?.w.close();
    await browser?.close();
  });

  /**
   * A page from `open()` (its own context, watched from the first byte) serves ten links, each a fresh
   * document (`goto`), its error lists emptied first; a link that fails leaves the next one a new page.
   */
  const LINKS_PER_PAGE = 10;
  let current: { w: Watched; used: number } | null = null;
  async function visit(query: string): Promise<Watched> {
    const path = `?rendu=svg&${query}`;
    if (current && current.used < LINKS_PER_PAGE) {
      current.used++;
      current.w.errors.length = 0;
      current.w.foreignRequests.length = 0;
      await current.w.page.goto(new URL(path, baseUrl).href);
      return current.w;
    }
    await current?.w.close();
    current = { w: await open(browser, path), used: 1 };
    return current.w;
  }

  it('lists forty links', () => {
    expect(LINKS).toHaveLength(40);
    expect(new Set(LINKS.map((l) => l.name)).size).toBe(40);
  });

  // One after the other: on two shared cores, concurrent pages only slow each other down (measured).
  it.for(LINKS)('$name', async (link, { expect }) => {
    const w = await visit(link.query);
    try {
      const { page } = w;
      // The map keeps room to draw: nothing the link adds (the notice) may push it out of the window.
      const heights = () =>
        page.evaluate(() => ({
          map: document.querySelector('[data-testid="map-viewport"]')?.getBoundingClientRect().height ?? 0,
          notice: document.querySelector('[data-testid="url-notice"]')?.getBoundingClientRect().height ?? 0,
        }));
      const squeezed = await expect
        .poll(async () => (await heights()).map, { timeout: 10_000 })
        .toBeGreaterThan(100)
        .then(
          () => null,
          () => heights(),
        );
      expect(squeezed, 'the map has no room to draw (heights in px)').toBeNull();
      await mapFirst(page);

      // A usable map: the eight markers, placed, visible and enabled.
      const markers = page.locator('[data-testid="marker"]');
      expect(await markers.count()).toBe(8);
      const placed = await markers.evaluateAll((els) =>
        els.map((e) => {
          const r = e.getBoundingClientRect();
          return r.width > 0 && r.height > 0 && !(e as HTMLButtonElement).disabled;
        }),
      );
      expect(placed).toEqual(Array(8).fill(true));

      // Never markup from the link: no new script, no img src=x, no inline handler, nothing ran.
      const probe = await page.evaluate(() => ({
        xss: typeof (window as unknown as { __xss?: unknown }).__xss,
        imgX: [...document.images].filter((i) => i.getAttribute('src') === 'x').length,
        handlers: [...document.querySelectorAll('*')].filter((el) =>
          [...el.attributes].some((a) => a.name.toLowerCase().startsWith('on')),
        ).length,
        jsLinks: document.querySelectorAll('a[href^="javascript:" i], iframe, object, embed').length,
      }));
      expect(probe).toEqual({ xss: 'undefined', imgX: 0, handlers: 0, jsLinks: 0 });
      expect(await scriptCount(page)).toBe(baselineScripts);

      // Says what it ignored, as text; or nothing at all when the link is valid.
      const notice = page.locator('[data-testid="url-notice"]');
      if (link.notice === null) {
        expect(await notice.count()).toBe(0);
      } else {
        await expect.poll(() => notice.isVisible()).toBe(true);
        const text = (await notice.textContent()) ?? '';
        for (const token of link.notice) expect(text, `notice « ${text.slice(0, 300)} »`).toContain(token);
      }

      // A right-to-left override in one value must not reverse the rest of the notice.
      if (link.readsLeftToRight) {
        const order = await page.evaluate((text) => {
          const root = document.querySelector('[data-testid="url-notice"]')!;
          const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
          for (let n = walker.nextNode(); n; n = walker.nextNode()) {
            const at = n.textContent!.indexOf(text);
            if (at < 0) continue;
            const x = (i: number) => {
              const r = document.createRange();
              r.setStart(n, i);
              r.setEnd(n, i + 1);
              return r.getBoundingClientRect().left;
            };
            return { first: x(at), last: x(at + text.length - 1) };
          }
          return null;
        }, link.readsLeftToRight);
        expect(order, `« ${link.readsLeftToRight} » not found in the notice`).not.toBeNull();
        expect(order!.first, `« ${link.readsLeftToRight} » is drawn right to left`).toBeLessThan(order!.last);
      }

      // The address bar now holds a clean link: what the page wrote back parses with nothing dropped.
      await expect.poll(() => parseUrl(new URL(page.url()).search).dropped).toEqual([]);

      // No page error, console error, CSP violation or foreign request (and axe on a handful).
      if (link.axe) await w.check(link.name);
      else {
        expect(w.errors).toEqual([]);
        expect(w.foreignRequests).toEqual([]);
      }
    } catch (e) {
      await w.close();
      current = null;
      throw e;
    }
  });
});

/**
 * What the notice says, not only whom it names (#13): a badly encoded value, a card without its
 * territory and a chart without the charts, on load and on Back to an entry the atlas did not write (a
 * script's pushState). One browser, one page per case.
 */
describe.skipIf(!chromiumPath)('the notice says why, on load and on Back (#13)', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const CASES = [
    {
      name: 'a truncated percent sequence',
      query: 'q=%E0%A4%A',
      says: ['q=%E0%A4%A', 'caractères mal codés, séquence % invalide'],
    },
    {
      name: 'a card without its territory',
      query: 'embed=fiche',
      says: ['embed=fiche', 'une fiche a besoin du paramètre territoire, par exemple territoire=nord-loiret'],
    },
    {
      name: 'a card without its territory, in English',
      query: 'embed=fiche&lang=en',
      says: ['embed=fiche', 'a card needs the territoire parameter, e.g. territoire=nord-loiret'],
    },
    {
      name: 'a chart in a map’s embed',
      query: 'embed=carte&graphique=similarite',
      says: ['graphique=similarite', 'sans effet dans ce mode d’intégration'],
    },
  ];

  const notice = (page: Page) => page.locator('[data-testid="url-notice"]');

  it.for(CASES)('on load: $name', async ({ query, says }, { expect }) => {
    const w = await open(browser, `?rendu=svg&${query}`);
    try {
      await mapFirst(w.page);
      await expect.poll(() => notice(w.page).isVisible()).toBe(true);
      const text = (await notice(w.page).textContent()) ?? '';
      for (const s of says) expect(text, `notice « ${text} »`).toContain(s);
      await expect.poll(() => parseUrl(new URL(w.page.url()).search).dropped).toEqual([]);
      expect(w.errors).toEqual([]);
    } finally {
      await w.close();
    }
  });

  it('on Back to a bad link: the notice says why, and the address is cleaned in place', async ({
    expect,
  }) => {
    const w = await open(browser, '?rendu=svg');
    try {
      const { page } = w;
      await mapFirst(page);
      expect(await notice(page).count()).toBe(0);
      for (const { query, says } of CASES.filter((c) => !c.query.includes('lang='))) {
        // An entry the atlas did not write, then one more, then Back to the first (a same-document popstate).
        await page.evaluate((q) => {
          history.pushState(null, '', `?rendu=svg&${q}`);
          history.pushState(null, '', '?rendu=svg&territoire=nord-loiret');
        }, query);
        const length = await page.evaluate(() => history.length);
        await page.evaluate(() => history.back());
        await expect.poll(() => notice(page).textContent()).toContain(says[0]);
        expect(await notice(page).isVisible()).toBe(true);
        const text = (await notice(page).textContent()) ?? '';
        for (const s of says) expect(text, `notice « ${text} »`).toContain(s);
        // Rewritten without what it ignored, in place: no entry added.
        await expect.poll(() => parseUrl(new URL(page.url()).search).dropped).toEqual([]);
        expect(await page.evaluate(() => history.length)).toBe(length);
      }
      expect(w.errors).toEqual([]);
    } finally {
      await w.close();
    }
  });
});
