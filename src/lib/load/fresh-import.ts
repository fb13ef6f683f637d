/**
 * A lazy chunk that failed to load is asked for again under a fresh address. Chromium 150 keeps a failed
 * module fetch in the page's module map for good (as the HTML standard says, whatwg/html#10327 is not
 * adopted): an `import()` of the same URL then fails at once, without a request, however often `Lazy`
 * tries. The build (vite.config.ts `freshChunks`) writes each `import('./X-hash.js')` of one of the
 * atlas's chunks as `globalThis.__atlasChunk('./X-hash.js', import.meta.url)`, which imports the chunk's
 * own URL while it has not failed, then, after each failure, the same URL with `?retry=N`, a module the
 * map has never seen.
 *
 * Once a URL has loaded it is kept: every later `import()` of that chunk gets the same module instance.
 * A chunk that another chunk imports statically cannot be renamed there: after its own failure, that
 * importer fails too until the page is reloaded, which « Recharger l’atlas » does (load/lazy.svelte.ts).
 */

/** Per chunk (its URL without a query), the address to ask for now and the failures so far. */
const chunks = new Map<string, { url: string; failures: number }>();

/** The address to import `spec` (relative to `base`, the importer's `import.meta.url`) from. */
export function chunkUrl(spec: string, base: string): string {
  const url = new URL(spec, base);
  url.search = '';
  url.hash = '';
  const key = url.href;
  const entry = chunks.get(key) ?? { url: key, failures: 0 };
  chunks.set(key, entry);
  return entry.url;
}

/** `import()` of the chunk failed at `used` (the address chunkUrl gave): the next one asks elsewhere. */
export function chunkFailed(used: string): void {
  const url = new URL(used);
  url.search = '';
  const entry = chunks.get(url.href);
  if (!entry || entry.url !== used) return;
  entry.failures += 1;
  entry.url = `${url.href}?retry=${entry.failures}`;
}

/** What the build's rewritten `import()` calls: the address, and a failure noted on the way back. */
export function importChunk(spec: string, base: string): Promise<unknown> {
  const url = chunkUrl(spec, base);
  return import(/* @vite-ignore */ url).catch((e: unknown) => {
    chunkFailed(url);
    throw e;
  });
}

declare global {
  /** Set by this module as the main chunk runs; the build's rewritten `import()`s call it (`freshChunks`). */
  var __atlasChunk: typeof importChunk | undefined;
}

globalThis.__atlasChunk ??= importChunk;
