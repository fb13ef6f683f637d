/**
 * The font metrics table (src/lib/theme/metrics.ts), read from the woff2 files at build time by the
 * `atlas:font-metrics` plugin (vite.config.ts): both weights are there, it measures as the font library's
 * own layout does, and it has every character of the labels the atlas draws.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { openSync, type Font as FontFile } from 'fontkit';
import { describe, expect, it } from 'vitest';

import { frenchTypography } from '../../src/lib/i18n/typography';
import { MARKER_LABEL } from '../../src/lib/map/marker-labels';
import { boxWidth } from '../../src/lib/map/placement';
import { BOLD, CODES, REGULAR } from '../../src/lib/theme/metrics';
import { textWidth } from '../../src/lib/theme/text';
import { FONT_FILES, fontMetrics } from '../../vite.config';

const root = resolve(import.meta.dirname, '../..');
const readJson = (path: string): unknown => JSON.parse(readFileSync(resolve(root, path), 'utf8'));
const openFont = (file: string) => openSync(resolve(root, file)) as FontFile;

describe('the font metrics table', () => {
  it('has both weights, one width per code point, bold wider than regular on average', () => {
    expect(CODES.length).toBeGreaterThan(200);
    expect(REGULAR).toHaveLength(CODES.length);
    expect(BOLD).toHaveLength(CODES.length);
    expect(new Set(CODES).size).toBe(CODES.length);
    const mean = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
    expect(mean(BOLD)).toBeGreaterThan(mean(REGULAR));
    for (const w of [...REGULAR, ...BOLD]) expect(Number.isInteger(w) && w >= 0 && w < 2000).toBe(true);
  });

  it('reads the widths from the woff2 files', () => {
    for (const [file, widths] of [
      [FONT_FILES.regular, REGULAR],
      [FONT_FILES.bold, BOLD],
    ] as const) {
      const font = openFont(file);
      const mapped = font.characterSet.filter((c) => font.glyphForCodePoint(c).id !== 0);
      expect(CODES).toEqual([...mapped, 0x202f].sort((a, b) => a - b));
      CODES.forEach((c, i) => {
        if (c === 0x202f || c === 0xad) return; // an alias and a soft hyphen, below
        const em = Math.round((font.glyphForCodePoint(c).advanceWidth * 1000) / font.unitsPerEm);
        expect(widths[i], `U+${c.toString(16)}`).toBe(em);
      });
    }
  });

  it('measures a label within 1 px of the font library’s own layout (kerning included)', () => {
    const label = 'Lezoux – Thiers – Ambert';
    for (const [file, weight] of [
      [FONT_FILES.regular, 400],
      [FONT_FILES.bold, 700],
    ] as const) {
      const font = openFont(file);
      const laidOut = (font.layout(label).advanceWidth / font.unitsPerEm) * 14;
      expect(Math.abs(textWidth(label, { size: 14, weight }) - laidOut)).toBeLessThan(1);
    }
  });

  it('has every character of the names, short names, labels and communes (none falls back)', () => {
    const texts: string[] = [];
    const territories = readJson('data/territories.json') as {
      name: string;
      shortName: string;
      communes: { name: string }[];
    }[];
    for (const t of territories) texts.push(t.name, t.shortName, ...t.communes.map((c) => c.name));
    // Every `label` and `short` of the vocabularies, in both languages.
    const walk = (x: unknown, key = ''): void => {
      if (typeof x === 'string') {
        if (key === 'label' || key === 'short') texts.push(x);
      } else if (Array.isArray(x)) x.forEach((y) => walk(y, key));
      else if (x && typeof x === 'object')
        for (const [k, v] of Object.entries(x)) walk(v, k === 'fr' || k === 'en' ? key : k);
    };
    walk(readJson('data/vocabularies.json'));
    expect(texts.length).toBeGreaterThan(100);
    const known = new Set(CODES);
    const missing = new Set<string>();
    for (const text of texts)
      for (const ch of frenchTypography(text)) if (!known.has(ch.codePointAt(0)!)) missing.add(ch);
    expect([...missing]).toEqual([]);
  });

  it('measures the narrow no-break space as a thin space, a soft hyphen as nothing', () => {
    const i = (c: number) => CODES.indexOf(c);
    expect(REGULAR[i(0xad)]).toBe(0);
    expect(BOLD[i(0xad)]).toBe(0);
    expect(REGULAR[i(0x202f)]).toBe(REGULAR[i(0x2009)]);
    expect(BOLD[i(0x202f)]).toBe(BOLD[i(0x2009)]);
  });

  it('sizes a marker label from the table, no canvas', () => {
    expect(boxWidth('Thiers', MARKER_LABEL)).toBe(
      Math.ceil(textWidth('Thiers', { size: 14, weight: 700 })) + 12,
    );
  });
});

describe('atlas:font-metrics', () => {
  it('serves the table as a small virtual module and watches both font files', () => {
    const plugin = fontMetrics();
    type Hook = (this: unknown, id: string) => unknown;
    const watched: string[] = [];
    const context = {
      addWatchFile: (f: string) => watched.push(f),
      error: (m: string) => {
        throw new Error(m);
      },
    };
    const id = (plugin.resolveId as Hook).call(context, 'virtual:atlas-font-metrics') as string;
    expect(id).toBe('\0virtual:atlas-font-metrics');
    const code = (plugin.load as Hook).call(context, id) as string;
    expect(code).toContain(`export const REGULAR = Object.freeze([${REGULAR.join(',')}]);`);
    expect(code).toContain(`export const BOLD = Object.freeze([${BOLD.join(',')}]);`);
    expect(watched).toEqual(Object.values(FONT_FILES).map((f) => resolve(root, f)));
    expect(gzipSync(code, { level: 9 }).length).toBeLessThan(1024);
  });
});
