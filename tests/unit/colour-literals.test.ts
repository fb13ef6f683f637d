/**
 * Every colour the atlas paints is defined once, in src/lib/theme/ (PRODUCT.md « Colour and type »): no
 * other file under src/, nor the HTML pages at the root, writes a colour literal. Keywords that are not a
 * colour value of their own (transparent, currentColor, the system colours Canvas and CanvasText) are
 * allowed.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { relative, resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { PAGES } from '../../vite.config';

const ROOT = resolve(import.meta.dirname, '../..');
const THEME = resolve(ROOT, 'src/lib/theme');
const SCANNED = /\.(ts|js|mjs|svelte|css|html)$/;

/**
 * A hex colour: `#` and 3, 4, 6 or 8 hex digits, a whole word, not preceded by a word character, `{` (a
 * Svelte block: `{#each}`) or `&` (an HTML character reference: `&#039;`). A reference to another
 * repository's issue stays readable as `owner/repo#1234`.
 */
const HEX = /(?<![\w{&/])#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})\b/i;
/** A functional colour: rgb(), rgba(), hsl(), hsla(), hwb(), lab(), lch(), oklab(), oklch(), color(). */
const FUNCTION = /(?<![\w-])(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\(/i;

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = resolve(dir, entry.name);
    if (entry.isDirectory()) return path === THEME ? [] : files(path);
    return SCANNED.test(entry.name) ? [path] : [];
  });
}

/** `file:line: text` for each line of `text` that holds a colour literal. */
export function colourLiterals(file: string, text: string): string[] {
  return text.split('\n').flatMap((line, i) => {
    const m = HEX.exec(line) ?? FUNCTION.exec(line);
    return m ? [`${file}:${i + 1}: ${m[0]} in « ${line.trim()} »`] : [];
  });
}

describe('colour literals', () => {
  const scanned = [
    ...files(resolve(ROOT, 'src')),
    ...['index', 'integration', ...PAGES].map((name) => resolve(ROOT, `${name}.html`)),
  ];

  it('scans the app: scripts, components, stylesheets and pages', () => {
    const kinds = new Set(scanned.map((f) => f.slice(f.lastIndexOf('.'))));
    for (const kind of ['.ts', '.svelte', '.css', '.html']) expect(kinds).toContain(kind);
    expect(scanned.some((f) => f.startsWith(THEME))).toBe(false);
  });

  it('finds none outside src/lib/theme/', () => {
    const found = scanned.flatMap((f) => colourLiterals(relative(ROOT, f), readFileSync(f, 'utf8')));
    expect(found).toEqual([]);
  });

  it('tells a colour from a Svelte block, a character reference, an anchor and an issue', () => {
    for (const line of [
      "fill: '#fff',",
      'border: 1px solid #999999;',
      'color: #1c1f2380;',
      "ctx.fillStyle = '#808080';",
      'box-shadow: 0 1px 3px rgb(0 0 0 / 0.12);',
      'background: rgba(0, 0, 0, 0.5);',
      'color: hsl(210 40% 50%);',
      'stroke: oklch(70% 0.1 200);',
    ])
      expect(colourLiterals('x', line), line).toHaveLength(1);
    for (const line of [
      '{#each items as item}',
      '{#if ok}',
      '{#key theme}',
      'it&#039;s',
      '<a href="#app">',
      'href="#donnees"',
      '// maplibre/maplibre-gl-js#5052',
      'fill: var(--surface);',
      'background: transparent;',
      'color: currentColor;',
      'outline-color: CanvasText;',
      'const backgroundColor = colour(x);',
    ])
      expect(colourLiterals('x', line), line).toEqual([]);
  });
});
