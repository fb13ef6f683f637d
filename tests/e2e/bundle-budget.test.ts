/**
 * The first screen's JavaScript budget: the entry script of the production build and everything it loads
 * statically (its static imports and modulepreloads), gzipped at level 9, at most FIRST_SCREEN_BUDGET
 * (vite.config.ts, which also fails the build itself). Dynamic chunks
 * (MapLibre, the charts) are not counted: they are lazy, and MapLibre must stay out of the entry.
 * Reads `dist/` (or $ATLAS_DIST), so it runs after `npm run build`.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { describe, expect, it } from 'vitest';

import { FIRST_SCREEN_BUDGET as BUDGET } from '../../vite.config';
const dist = resolve(process.env['ATLAS_DIST'] ?? 'dist');
/** Strings found only in MapLibre GL JS's own code (its canvas class, a shader uniform, its request manager). */
const MAPLIBRE_ONLY = ['maplibregl-canvas', 'u_matrix', '_requestManager'];

/** The HTML's module entry scripts and modulepreloads, as files. */
function entryFiles(html: string): string[] {
  const urls = [
    ...[...html.matchAll(/<script\b[^>]*\btype=["']module["'][^>]*\bsrc=["']([^"']+)["']/g)].map(
      (m) => m[1]!,
    ),
    ...[...html.matchAll(/<link\b[^>]*\brel=["']modulepreload["'][^>]*\bhref=["']([^"']+)["']/g)].map(
      (m) => m[1]!,
    ),
  ];
  return urls.filter((u) => !/^[a-z]+:/i.test(u)).map((u) => join(dist, u.replace(/^\//, '')));
}

/** Static `import … from "x"`, `import "x"` and `export … from "x"` of an ES module (not `import("x")`). */
function staticImports(code: string): string[] {
  const re = /(?:^|[;}\s])(?:import|export)\s*(?:[\w$*{}\s,]*?\s*from\s*)?["'`]([^"'`]+)["'`]/g;
  return [...code.matchAll(re)].map((m) => m[1]!).filter((s) => s.startsWith('.') || s.startsWith('/'));
}

/** The entry files and their static import graph. */
function firstScreenScripts(): string[] {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const queue = entryFiles(html);
  const seen = new Set<string>();
  while (queue.length) {
    const file = queue.shift()!;
    if (seen.has(file)) continue;
    seen.add(file);
    for (const spec of staticImports(readFileSync(file, 'utf8'))) {
      queue.push(spec.startsWith('/') ? join(dist, spec) : resolve(dirname(file), spec));
    }
  }
  return [...seen];
}

const gzipped = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

describe(`first-screen JavaScript (${dist})`, () => {
  const files = firstScreenScripts();

  it('finds the entry module', () => {
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(existsSync(f), f).toBe(true);
  });

  it(`weighs at most ${BUDGET / 1024} KB gzipped (level 9)`, () => {
    const sizes = files.map((f) => ({
      file: relative(dist, f),
      raw: readFileSync(f).length,
      gzip: gzipped(f),
    }));
    const total = sizes.reduce((n, s) => n + s.gzip, 0);
    console.log(
      `first-screen JS: ${kb(total)} gzipped (budget ${kb(BUDGET)})\n` +
        sizes.map((s) => `  ${s.file}: ${kb(s.raw)} raw, ${kb(s.gzip)} gzip`).join('\n'),
    );
    expect(total, `first-screen JS is ${kb(total)} gzipped`).toBeLessThanOrEqual(BUDGET);
  });

  it('keeps MapLibre out of the entry (it is a lazy chunk)', () => {
    const entry = files.map((f) => readFileSync(f, 'utf8'));
    for (const marker of MAPLIBRE_ONLY)
      expect(
        entry.some((code) => code.includes(marker)),
        `« ${marker} » in the first screen`,
      ).toBe(false);
    // The markers are really MapLibre's: some lazy chunk of the same build holds them.
    const assets = join(dist, 'assets');
    const lazy = readdirSync(assets)
      .filter((f) => /\.m?js$/.test(f))
      .map((f) => join(assets, f))
      .filter((f) => !files.includes(f));
    const holder = lazy.find((f) => MAPLIBRE_ONLY.every((m) => readFileSync(f, 'utf8').includes(m)));
    expect(holder, 'no lazy chunk holds MapLibre').toBeDefined();
  });
});
