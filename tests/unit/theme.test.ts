/**
 * The theme's one table (src/lib/theme/colours.ts) and what is written from it: both themes fill the same
 * names, the lever and axis keys are the data's ids, and the stylesheets the build serves carry every
 * token (vite.config.ts, atlas:theme-css).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { describe, expect, it } from 'vitest';

import { AXIS_IDS, LEVER_IDS, type AxisId, type LeverId } from '../../src/lib/data/ids';
import { COLOURS, PRINT, THEMES, type Palette } from '../../src/lib/theme/colours';
import {
  EXAMPLE_TOKENS,
  PAGE_TOKENS,
  atlasStylesheet,
  exampleStylesheet,
  pagesStylesheet,
} from '../../src/lib/theme/css';
import { themeStylesheets } from '../../vite.config';

/** True when A and B are the same union: the theme room cannot import data/, so its keys are its own. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const leverKeys: Same<keyof Palette['levers'], LeverId> = true;
const axisKeys: Same<keyof Palette['axes'], AxisId> = true;

/** `--name: value` of the rule that `selector` opens in `css` (the first one). */
function declared(css: string, selector: string): Record<string, string> {
  const i = css.indexOf(`${selector} {`);
  expect(i, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(i, css.indexOf('}', i));
  return Object.fromEntries([...body.matchAll(/--([\w-]+): ([^;]+);/g)].map((m) => [m[1], m[2]]));
}

describe('the colour table', () => {
  it('keys the levers and axes by the data ids', () => {
    expect(leverKeys && axisKeys).toBe(true);
    for (const theme of THEMES) {
      expect(Object.keys(COLOURS[theme].levers).sort()).toEqual([...LEVER_IDS].sort());
      expect(Object.keys(COLOURS[theme].axes).sort()).toEqual([...AXIS_IDS].sort());
    }
  });

  it('fills the same names in both themes', () => {
    const names = (p: Palette) => ({
      tokens: Object.keys(p.tokens),
      levers: Object.keys(p.levers),
      axes: Object.keys(p.axes),
      similarity: p.similarity.length,
    });
    expect(names(COLOURS.dark)).toEqual(names(COLOURS.light));
  });

  it('holds CSS colours only', () => {
    const colour = /^(#[0-9a-f]{6}|rgb\(\d{1,3} \d{1,3} \d{1,3} \/ (0|1|0?\.\d+)\))$/;
    for (const theme of THEMES) {
      const p = COLOURS[theme];
      for (const value of [
        ...Object.values(p.tokens),
        ...Object.values(p.levers),
        ...Object.values(p.axes),
        ...p.similarity,
        p.similarityNone,
      ])
        expect(value).toMatch(colour);
    }
    for (const value of Object.values(PRINT)) expect(value).toMatch(colour);
  });
});

describe('the stylesheets', () => {
  it('gives each atlas root its theme, every token and lever and axis colour, its dialogs’ backdrops their own; a lever or axis element its colour as --c', () => {
    const css = atlasStylesheet();
    for (const theme of THEMES) {
      const root = `.atlas[data-theme='${theme}']`;
      const { tokens, levers, axes } = COLOURS[theme];
      expect(declared(css, `${root} ::backdrop`)).toEqual({ backdrop: tokens.backdrop });
      const tagged = (prefix: string, values: Record<string, string>) =>
        Object.fromEntries(Object.entries(values).map(([id, v]) => [`${prefix}-${id}`, v]));
      expect(declared(css, root)).toEqual({
        ...tokens,
        ...tagged('lever', levers),
        ...tagged('axis', axes),
      });
      expect(css).toMatch(new RegExp(`color-scheme: ${theme};`));
    }
    for (const id of LEVER_IDS)
      expect(declared(css, `.atlas [data-lever='${id}']`)).toEqual({ c: `var(--lever-${id})` });
    for (const id of AXIS_IDS)
      expect(declared(css, `.atlas [data-axis='${id}']`)).toEqual({ c: `var(--axis-${id})` });
    expect(declared(css, ':root')).toEqual(PRINT);
    expect(css).not.toContain('.legal-pages');
    expect(atlasStylesheet({ withPages: true })).toBe(
      css + pagesStylesheet().replace(/:root \{[^}]*\}\n$/, ''),
    );
  });

  it('gives the public pages the light tokens, and the dark ones under prefers-color-scheme', () => {
    const css = pagesStylesheet();
    const light = declared(css, '.page,\n.legal-pages');
    const media = css.slice(css.indexOf('@media (prefers-color-scheme: dark)'));
    const dark = declared(media, '.page,\n  .legal-pages');
    for (const name of PAGE_TOKENS) {
      expect(light[name]).toBe(COLOURS.light.tokens[name]);
      expect(dark[name]).toBe(COLOURS.dark.tokens[name]);
    }
    expect(declared(css, ':root')).toEqual(PRINT);
  });

  it('gives the example page the light tokens it reads', () => {
    const own = declared(exampleStylesheet(), ':root');
    expect(Object.keys(own)).toEqual([...EXAMPLE_TOKENS]);
    for (const name of EXAMPLE_TOKENS) expect(own[name]).toBe(COLOURS.light.tokens[name]);
    const css = readFileSync(resolve(import.meta.dirname, '../../src/integration.css'), 'utf8');
    const used = new Set([...css.matchAll(/var\(--([\w-]+)\)/g)].map((m) => m[1]));
    expect([...used].sort()).toEqual([...EXAMPLE_TOKENS].sort());
  });
});

describe('atlas:theme-css (vite.config.ts)', () => {
  type Hook = (this: unknown, ...args: string[]) => unknown;
  const call = (hook: unknown, ...args: string[]) => (hook as Hook).call({}, ...args);

  it('serves each stylesheet as a virtual module, the single file’s with the pages’ tokens', () => {
    const plugin = themeStylesheets(false);
    const id = call(plugin.resolveId, 'virtual:atlas-theme/atlas.css') as string;
    expect(id).toBe('\0virtual:atlas-theme/atlas.css');
    expect(call(plugin.load, id)).toBe(atlasStylesheet());
    expect(call(plugin.load, '\0virtual:atlas-theme/example.css')).toBe(exampleStylesheet());
    expect(call(themeStylesheets(true).load, id)).toBe(atlasStylesheet({ withPages: true }));
    expect(call(plugin.resolveId, './app.css')).toBeNull();
  });

  it('writes the rules in place of a stylesheet’s @import, after its other imports', () => {
    const plugin = themeStylesheets(false);
    const page = readFileSync(resolve(import.meta.dirname, '../../src/pages/page.css'), 'utf8');
    const out = call(plugin.transform, page, '/x/src/pages/page.css') as { code: string };
    expect(out.code).not.toContain('virtual:');
    expect(out.code).toContain("@import '../app.css';\n@import './pages.css';\n");
    expect(out.code.endsWith(pagesStylesheet())).toBe(true);
    expect(call(plugin.transform, 'a { color: var(--text); }', '/x/a.css')).toBeNull();
    expect(() => call(plugin.transform, "@import 'virtual:atlas-theme/nope.css';", '/x/a.css')).toThrow(
      /nope/,
    );
  });
});
