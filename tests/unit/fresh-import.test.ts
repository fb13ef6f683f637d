/**
 * A failed chunk is asked for again under a fresh address (src/lib/load/fresh-import.ts), and the build
 * sends each `import()` of a chunk through it (vite.config.ts `rewriteChunkImports`).
 */
import { describe, expect, it } from 'vitest';

import { chunkFailed, chunkUrl } from '../../src/lib/load/fresh-import';
import { rewriteChunkImports } from '../../vite.config';

const BASE = 'https://atlas.example/assets/main-AbCdEf12.js';

describe('chunk addresses', () => {
  it('is the chunk’s own URL until it fails, then a new one after each failure', () => {
    const first = chunkUrl('./ChartsView-Xy12Ab34.js', BASE);
    expect(first).toBe('https://atlas.example/assets/ChartsView-Xy12Ab34.js');
    // Asked again without a failure: the same address (one module instance).
    expect(chunkUrl('./ChartsView-Xy12Ab34.js', BASE)).toBe(first);
    chunkFailed(first);
    const second = chunkUrl('./ChartsView-Xy12Ab34.js', BASE);
    expect(second).toBe(`${first}?retry=1`);
    // From another importer (itself loaded under a fresh address): the same chunk, the same address.
    expect(chunkUrl('./ChartsView-Xy12Ab34.js', `${BASE.replace('main', 'DeckTools')}?retry=2`)).toBe(second);
    chunkFailed(second);
    expect(chunkUrl('./ChartsView-Xy12Ab34.js', BASE)).toBe(`${first}?retry=2`);
  });

  it('counts a failure once, for the address that failed', () => {
    const url = chunkUrl('./EmbedDialog-Qw12Er34.js', BASE);
    chunkFailed(url);
    // A second report of the same old address (two callers that shared the failed import) changes nothing.
    chunkFailed(url);
    expect(chunkUrl('./EmbedDialog-Qw12Er34.js', BASE)).toBe(`${url}?retry=1`);
    // Another chunk is not touched.
    expect(chunkUrl('./MethodPanel-Zx12Cv34.js', BASE)).toBe(
      'https://atlas.example/assets/MethodPanel-Zx12Cv34.js',
    );
  });
});

describe('the build’s rewrite of dynamic imports', () => {
  it('sends an import of a chunk beside this one through __atlasChunk, whatever the quotes', () => {
    expect(
      rewriteChunkImports('a(async()=>{let{Map:e}=await import(`./maplibre-Dajjd-Oy.js`);return e})'),
    ).toBe(
      'a(async()=>{let{Map:e}=await globalThis.__atlasChunk(`./maplibre-Dajjd-Oy.js`,import.meta.url);return e})',
    );
    expect(rewriteChunkImports('import("./a-12345678.js").then(f)')).toBe(
      'globalThis.__atlasChunk("./a-12345678.js",import.meta.url).then(f)',
    );
  });

  it('leaves static imports, imports of a variable and of other places alone', () => {
    const code =
      'import{a as b}from"./main-AbCdEf12.js";import(r);import(`https://x.example/y.js`);reimport(`./a.js`)';
    expect(rewriteChunkImports(code)).toBe(code);
  });
});
