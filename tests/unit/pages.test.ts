// @vitest-environment jsdom
/**
 * The public-sector pages (accessibilite.html, mentions-legales.html, donnees.html) as files: French
 * typography in every French text, one h1, an English section, the atlas's tokens; and the build helpers
 * that embed them in the single file and hash its inline code.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { frenchTypography } from '../../src/lib/i18n/typography';
import { atlasStylesheet, pagesStylesheet } from '../../src/lib/theme/css';
import { inlineBodies, legalSections, PAGES, singleCsp } from '../../vite.config';

const root = resolve(import.meta.dirname, '../..');
const read = (file: string) => readFileSync(resolve(root, file), 'utf8');
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
/** Source line breaks and indentation only: `\s` would also swallow the no-break spaces under test. */
const flat = (text: string) => text.replace(/[\t\n\r ]+/g, ' ').trim();

const BLOCKS = 'title, h1, h2, h3, h4, p, li, dt, dd, th, td, caption, a, span';

describe.each(PAGES)('%s.html', (name) => {
  const html = read(`${name}.html`);
  const doc = parse(html);

  it('is a French page with one h1, a title, landmarks and an English version', () => {
    expect(doc.documentElement.lang).toBe('fr');
    expect(doc.querySelectorAll('h1')).toHaveLength(1);
    expect(doc.querySelector('h1')?.id).toBe(`${name}-titre`);
    expect(doc.title).toContain('Atlas de la Fabrique prospective');
    expect(doc.title.startsWith(flat(doc.querySelector('h1')?.textContent ?? ''))).toBe(true);
    for (const landmark of ['header', 'main', 'footer'])
      expect(doc.querySelectorAll(landmark)).toHaveLength(1);
    const en = doc.querySelector(`main section#${name}-en[lang="en"]`);
    expect(en?.querySelector('h2')?.textContent).toMatch(/English version/);
    expect(doc.querySelector(`a[href="#${name}-en"][lang="en"]`)).not.toBeNull();
  });

  it('links back to the atlas and to the other pages, and marks itself current', () => {
    expect(doc.querySelector('header a.page-back')?.getAttribute('href')).toBe('./index.html');
    expect(doc.querySelector('header a.page-back')?.textContent).toBe('Retour à l’atlas');
    const footer = [...doc.querySelectorAll('footer a')].map((a) => a.getAttribute('href'));
    expect(footer).toEqual(['./index.html', ...PAGES.map((p) => `./${p}.html`)]);
    expect(doc.querySelector('footer a[aria-current="page"]')?.getAttribute('href')).toBe(`./${name}.html`);
    expect(doc.querySelector('footer a[href="./accessibilite.html"]')?.textContent).toBe(
      'Accessibilité\u202F: non conforme',
    );
  });

  it('needs nothing the CSP refuses: one stylesheet, no script, no inline style, https links only', () => {
    expect([...doc.querySelectorAll('link[rel="stylesheet"]')].map((l) => l.getAttribute('href'))).toEqual([
      '/src/pages/page.css',
    ]);
    expect(doc.querySelectorAll('script, style, [style]')).toHaveLength(0);
    for (const a of doc.querySelectorAll('a[href]')) {
      expect(a.getAttribute('href')).toMatch(/^(#[\w-]+|\.\/[\w-]+\.html|https:\/\/)/);
    }
  });

  it('writes French with ’, « » and narrow no-break spaces (U+202F), as frenchTypography does', () => {
    const texts = [
      doc.title,
      doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '',
      ...[...doc.querySelectorAll(BLOCKS)]
        .filter((el) => el.closest('[lang]')?.getAttribute('lang') === 'fr')
        .map((el) => flat(el.textContent ?? '')),
    ];
    expect(texts.length).toBeGreaterThan(20);
    for (const text of texts) {
      expect(frenchTypography(text), text).toBe(text);
      expect(text, text).not.toMatch(/[ \u00A0][;:!?»]|«[ \u00A0]|'/);
    }
  });

  it('keeps the English sections in English typography (no space before : ; ! ?)', () => {
    for (const el of doc.querySelectorAll('[lang="en"] p, [lang="en"] li')) {
      const own = [...el.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent ?? '');
      for (const text of own) expect(text, text).not.toMatch(/[\u202F\u00A0 ][;:!?]/);
    }
  });
});

describe('page.css', () => {
  /** `--token: #hex` pairs of the first block that a selector opens, in a stylesheet. */
  const block = (css: string, start: string) => {
    const i = css.indexOf(start);
    expect(i, start).toBeGreaterThanOrEqual(0);
    const body = css.slice(i, css.indexOf('}', i));
    return Object.fromEntries([...body.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1], m[2]]));
  };
  // The stylesheets the build writes from the theme's table (vite.config.ts, atlas:theme-css).
  const app = atlasStylesheet();
  const pages = pagesStylesheet();

  it.each([
    ['light', ".atlas[data-theme='light'] {", '.page,\n.legal-pages {'],
    ['dark', ".atlas[data-theme='dark'] {", '@media (prefers-color-scheme: dark)'],
  ])('repeats the atlas’s %s tokens exactly', (_theme, appStart, pageStart) => {
    const own = block(pages, pageStart);
    const atlas = block(app, appStart);
    expect(Object.keys(own).length).toBeGreaterThanOrEqual(8);
    for (const [token, value] of Object.entries(own)) expect(value, `--${token}`).toBe(atlas[token]);
  });

  it('is the atlas stylesheet plus the page rules, in one file', () => {
    expect(read('src/pages/page.css')).toMatch(/@import '\.\.\/app\.css';\s*@import '\.\/pages\.css';/);
  });
});

describe('legalSections (the pages inside the single file)', () => {
  const doc = parse(`<!doctype html><body>${legalSections()}</body>`);

  it('embeds each page as a hidden French section, headings one level down', () => {
    const sections = [...doc.querySelectorAll('.legal-pages > section.legal-page')];
    expect(sections.map((s) => s.id)).toEqual([...PAGES]);
    for (const s of sections) {
      expect(s.getAttribute('lang')).toBe('fr');
      expect(s.querySelector(`h2#${s.id}-titre`)).not.toBeNull();
      expect(s.getAttribute('aria-labelledby')).toBe(`${s.id}-titre`);
      expect(s.querySelector(`section#${s.id}-en[lang="en"] > h3`)).not.toBeNull();
    }
    expect(doc.querySelectorAll('h1')).toHaveLength(0);
  });

  it('points every link inside the file or to https, never to a page beside it', () => {
    const hrefs = [...doc.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');
    expect(hrefs.filter((h) => h === '#app').length).toBeGreaterThanOrEqual(3);
    expect(hrefs).toContain('#donnees');
    for (const h of hrefs) expect(h).toMatch(/^(#[\w-]+|https:\/\/)/);
    const ids = new Set([...doc.querySelectorAll('[id]')].map((e) => e.id));
    for (const h of hrefs.filter((x) => x.startsWith('#') && x !== '#app'))
      expect(ids, h).toContain(h.slice(1));
  });

  it('fails loudly when a page lost its main or its h1 id', () => {
    expect(() => legalSections(() => '<main><h1>Sans id</h1></main>')).toThrow(/accessibilite\.html/);
  });
});

describe('single-file CSP helpers', () => {
  it('finds inline bodies in document order, not a <style> written inside a script', () => {
    const html =
      '<head><script type="module">const s = `<style>x{}</style>`;</script><style rel="stylesheet">a{}</style>' +
      '<script src="x.js"></script></head>';
    expect(inlineBodies(html, 'script')).toEqual(['const s = `<style>x{}</style>`;']);
    expect(inlineBodies(html, 'style')).toEqual(['a{}']);
  });

  it('allows the hashed code, data: fonts and the data: worker, and nothing from any server', () => {
    const hash = `'sha256-${createHash('sha256').update('a{}').digest('base64')}'`;
    const csp = singleCsp(["'sha256-AAA='"], [hash]);
    const directives = Object.fromEntries(
      csp.split('; ').map((d) => [d.split(' ')[0], d.split(' ').slice(1)]),
    );
    expect(directives).toEqual({
      'default-src': ["'none'"],
      'script-src': ["'sha256-AAA='"],
      'style-src': [hash],
      'worker-src': ['data:'],
      'connect-src': ['data:'],
      'img-src': ['data:', 'blob:'],
      'font-src': ['data:'],
      'object-src': ["'none'"],
      'base-uri': ["'none'"],
      'form-action': ["'none'"],
    });
  });
});
