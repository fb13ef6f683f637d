import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { svelte } from '@sveltejs/vite-plugin-svelte';
import { svelteTesting } from '@testing-library/svelte/vite';
import { openSync as openFont, type Font } from 'fontkit';
import type { Plugin, PluginOption } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { defineConfig } from 'vitest/config';

import { DATA_FILES, parseDataFile, validateData, type DataFiles } from './src/lib/data/schema.ts';
import { atlasStylesheet, exampleStylesheet, pagesStylesheet } from './src/lib/theme/css.ts';

/** PRODUCT.md « Security headers »: the production build carries this policy from the first build. */
export const CSP =
  "default-src 'self'; script-src 'self'; worker-src 'self'; connect-src 'self'; " +
  "img-src 'self' data: blob:; style-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'";

/**
 * Validates `data/` before anything is built: a broken file stops dev and build with file, record and field.
 * ATLAS_DATA_DIR names another folder holding `data/…` (the test that a broken file stops the build).
 */
function dataCheck(): Plugin {
  const dataRoot = resolve(process.env['ATLAS_DATA_DIR'] ?? '.');
  return {
    name: 'atlas:data-check',
    buildStart() {
      const files = {} as Record<keyof DataFiles, unknown>;
      for (const [key, path] of Object.entries(DATA_FILES) as [keyof DataFiles, string][]) {
        this.addWatchFile(resolve(dataRoot, path));
        try {
          files[key] = parseDataFile(path, readFileSync(resolve(dataRoot, path)));
        } catch (e) {
          this.error((e as Error).message);
        }
      }
      try {
        validateData(files as DataFiles);
      } catch (e) {
        this.error((e as Error).message);
      }
    },
  };
}

/**
 * The policy of one built page: `CSP`, plus the hashes of the page's own inline code (index.html's
 * prerendered first screen: its markers' stylesheet and the script that hides it for a link with a query).
 */
export function pageCsp(html: string): string {
  const scripts = inlineBodies(html, 'script').map(sha256);
  const styles = inlineBodies(html, 'style').map(sha256);
  return CSP.replace("script-src 'self'", ["script-src 'self'", ...scripts].join(' ')).replace(
    "style-src 'self'",
    ["style-src 'self'", ...styles].join(' '),
  );
}

function csp(): Plugin {
  return {
    name: 'atlas:csp',
    apply: 'build',
    // Runs for every HTML input: the atlas and the public-sector pages carry the same policy.
    transformIndexHtml: {
      order: 'post',
      handler: (html) =>
        html.replace(
          '<head>',
          `<head>\n    <meta http-equiv="Content-Security-Policy" content="${pageCsp(html)}" />`,
        ),
    },
  };
}

/**
 * Before the atlas's modules run (#17): a link with a query (a territory, a comparison, English, an
 * embed…) or the presenter's window must not show the prerendered overview first. The page's first
 * script marks `<html>`; the first screen's stylesheet then hides the prerender, and shows it again after
 * 3 s if no module came to replace it (fallback.css says why). Inline, so it runs before any paint; the
 * page's CSP allows it by its hash. The offline HTML deck's `<meta name="atlas-diapos">` stands before it.
 * Only the renderer's query (`rendu`) keeps the prerender: the same view, drawn by MapLibre once ready
 * (main.ts reads the query the same way).
 */
export const FIRST_SCREEN_SCRIPT =
  "if(!/^(\\?rendu=(svg|webgl|auto))?$/.test(location.search)||(window.name==='atlas-presentateur'&&window.opener)||" +
  "document.querySelector('meta[name=\"atlas-diapos\"]'))document.documentElement.classList.add('atlas-linked')";

/**
 * The hosted page's first script: FIRST_SCREEN_SCRIPT, and for `rendu=webgl` the MapLibre chunks
 * preloaded at once, while the page's own module is still on its way (`files`, the chunks' URLs).
 */
export function firstScreenScript(maplibre: readonly string[] = []): string {
  if (!maplibre.length) return FIRST_SCREEN_SCRIPT;
  const preload = maplibre
    .map(
      (f) =>
        `l=document.createElement('link');l.rel='modulepreload';l.href=${JSON.stringify(f)};document.head.append(l);`,
    )
    .join('');
  return `${FIRST_SCREEN_SCRIPT};if(/^\\?rendu=webgl$/.test(location.search)){var l;${preload}}`;
}

/** The element after the prerendered atlas that the first paint waits for. */
const FIRST_SCREEN_END = 'atlas-prerendered';

/**
 * The first screen's own rules, before any stylesheet: the hidden prerender of a link, and its reveal.
 * `content-visibility: hidden` rather than `visibility: hidden`: a link's own view does not wait for
 * the layout and paint of a view it never shows. Unlike `display: none`, it leaves the element rendered,
 * so its reveal animation runs (Chromium 116+ animates `content-visibility`; no script needed).
 */
const FIRST_SCREEN_RULES =
  'html.atlas-linked #app[data-prerendered]{content-visibility:hidden;animation:atlas-reveal 0s 3s forwards}' +
  '@keyframes atlas-reveal{to{content-visibility:visible}}';

/**
 * `npm run build` and `npm run build:single` (#17): index.html holds the default view, rendered by
 * Svelte's server renderer from src/prerender.ts through a Vite server in this same config and mode (so
 * the same plugins: the data, the theme, the font table), and main.ts hydrates it.
 */
function prerender(mode: string): Plugin {
  return {
    name: 'atlas:prerender',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      async handler(html, ctx) {
        if (!ctx.filename.replace(/\\/g, '/').endsWith('/index.html')) return html;
        // The MapLibre chunk and its static imports (none in the single file, where all is inline).
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) => (c.type === 'chunk' ? [c] : []));
        // And the WebGL probe's, which `rendu=webgl` runs first (map/webgl-probe.ts). Not MapLibreLayer's:
        // a chunk with a stylesheet of its own, which a preload would fetch without its CSS.
        const holding = (file: string) =>
          mode === 'single'
            ? undefined
            : chunks.find((c) => c.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith(file)));
        const maplibre = ['maplibre.ts', 'webgl-probe.ts']
          .map((file) => holding(`/src/lib/map/${file}`))
          .flatMap((c) =>
            c ? [c.fileName, ...c.imports.filter((f) => !chunks.find((x) => x.fileName === f)?.isEntry)] : [],
          )
          .filter((f, i, all) => !f.startsWith('assets/main-') && all.indexOf(f) === i)
          .map((f) => `./${f}`);
        if (!html.includes('<div id="app"></div>'))
          throw new Error('prerender: index.html has no empty <div id="app">');
        const { createServer } = await import('vite');
        const server = await createServer({
          configFile: resolve(import.meta.dirname, 'vite.config.ts'),
          mode,
          logLevel: 'error',
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
        });
        try {
          const { prerender: render } = (await server.ssrLoadModule(
            '/src/prerender.ts',
          )) as typeof import('./src/prerender');
          const screen = render((file) => readFileSync(resolve(GEO_DIR, file), 'utf8'));
          // The first paint waits for the whole prerender to be parsed (render-blocking `expect`, Chromium
          // 124+, released when the element it names is inserted: an empty template right after #app). A
          // paint mid-document showed the header without the map, or the page without its footer, which
          // then took its room from the map (a layout shift on phones).
          return firstRequestsFirst(
            html
              // Before the stylesheet and the modules: an inline script after a stylesheet waits for it,
              // and the parser with it (a script-blocking stylesheet), so the prerender would be parsed
              // only once the CSS had come.
              .replace(
                '<title>',
                () =>
                  `<link rel="expect" href="#${FIRST_SCREEN_END}" blocking="render" />\n    <script>${firstScreenScript(maplibre)}</script>\n    <style>${FIRST_SCREEN_RULES}\n${screen.css}</style>\n    <title>`,
              )
              .replace('</head>', () => `  ${screen.head}</head>`)
              .replace(
                '<div id="app"></div>',
                () =>
                  `<div id="app" data-prerendered="">${screen.html}</div><template id="${FIRST_SCREEN_END}"></template>`,
              )
              // A sandboxed frame's null origin must get the stylesheet too (the prerender is its fallback):
              // same-origin, `crossorigin` changes nothing else.
              .replace(/(<link rel="stylesheet") crossorigin/g, '$1'),
          );
        } finally {
          await server.close();
        }
      },
    },
  };
}

/**
 * The first screen's requests in the order its first paint needs them (#17). The paint waits for the
 * stylesheet and, briefly, for the preloaded fonts (`font-display: optional`); the geodata and the module
 * only for hydration. Vite writes the stylesheet last and index.html preloads the geodata first, so on a
 * busy server the stylesheet came back behind 120 KB of geodata and the main module. It moves up to just
 * after the inline script and style (an inline script after a stylesheet would wait for it), the font
 * preloads follow it, and the geodata's preloads go after the module script. Nothing else moves.
 */
export function firstRequestsFirst(html: string): string {
  const head = html.indexOf('</head>');
  if (head < 0) return html;
  let top = html.slice(0, head);
  const take = (re: RegExp): string[] => {
    const found: string[] = [];
    top = top.replace(re, (tag) => {
      found.push(tag.trim());
      return '';
    });
    return found;
  };
  const sheets = take(/\s*<link rel="stylesheet"[^>]*>/g);
  const fonts = take(/\s*<link\s+rel="preload"[^>]*as="font"[^>]*\/?>/g);
  const geo = take(/\s*<link rel="preload" href="[^"]*\/geo\/[^"]*" as="fetch"[^>]*\/?>/g);
  const pad = (tags: string[]) => tags.map((t) => `\n    ${t}`).join('');
  // After the inline style (the prerender writes one); without it, before the title, else at the end.
  const first = pad([...sheets, ...fonts]);
  if (top.includes('</style>')) top = top.replace('</style>', () => `</style>${first}`);
  else if (top.includes('<title>')) top = top.replace('<title>', () => `${first.trimStart()}\n    <title>`);
  else top += first;
  const module = /<script type="module"[^>]*><\/script>/.exec(top);
  top = module
    ? top.slice(0, module.index + module[0].length) + pad(geo) + top.slice(module.index + module[0].length)
    : top + pad(geo);
  return top + html.slice(head);
}

/** The public-sector pages (PRODUCT.md « Public-sector obligations »), built beside `index.html`. */
export const PAGES = ['accessibilite', 'mentions-legales', 'donnees'] as const;

/** The first screen's JavaScript budget, gzipped at level 9 (the same as tests/e2e/bundle-budget.test.ts). */
/**
 * 95 KB since #13: the loader, its sentences in both languages and the geodata's shape checks must be on
 * the first screen (a failure message cannot itself be a chunk that may fail): +3.6 KB over 88.9 KB.
 * 97 KB since #15/#16: the overview's « En bref » sentence in both languages is the first screen's own
 * reading (it cannot wait for a chunk), and the export menu names what it saves; the search ranking, the
 * synonyms, the other views' sentences and all of the deck stay in lazy chunks.
 * 82 KB since #17: the SVG map's gestures (d3-zoom, d3-selection, d3-transition and what they bring) are a
 * chunk of their own, attached once the map has hydrated (map/camera-gestures.ts): 97.0 → 79.4 KB.
 */
export const FIRST_SCREEN_BUDGET = 82 * 1024;

/**
 * Each `import()` of one of the atlas's own chunks goes through `__atlasChunk` (lib/load/fresh-import.ts),
 * which asks for a chunk that failed under a fresh URL: Chromium keeps a failed module fetch for the
 * page's life. Written into the built chunks once their names are final and Vite has listed each
 * dynamic import's stylesheets and chunks (the import is then the literal `import(`./X-hash.js`)` inside
 * Vite's preload wrapper). Not in the single file, whose chunks are all inside it.
 */
export function freshChunks(): Plugin {
  return {
    name: 'atlas:fresh-chunks',
    apply: 'build',
    // After Vite's own: its preload wrapper finds each chunk's stylesheets and imports by the `import(`.
    generateBundle: {
      order: 'post',
      handler(_, bundle) {
        for (const chunk of Object.values(bundle)) {
          if (chunk.type === 'chunk') chunk.code = rewriteChunkImports(chunk.code);
        }
      },
    },
  };
}

/** `import(`./X.js`)` (a chunk beside this one) → `__atlasChunk(`./X.js`, import.meta.url)`. */
export function rewriteChunkImports(code: string): string {
  return code.replace(
    /\bimport\((`|"|')(\.\/[\w.-]+\.js)\1\)/g,
    (_, q: string, spec: string) => `globalThis.__atlasChunk(${q}${spec}${q},import.meta.url)`,
  );
}

/**
 * The build fails when the first screen's JavaScript passes its budget: the entry of index.html and every
 * chunk it imports statically (what the page loads before it can paint), gzipped at level 9. Lazy chunks
 * (MapLibre, the charts, the views) do not count. tests/e2e/bundle-budget.test.ts checks the built files too.
 */
function firstScreenBudget(): Plugin {
  return {
    name: 'atlas:first-screen-budget',
    apply: 'build',
    // The files as written: Vite's own output hooks still rewrite the chunks after generateBundle.
    writeBundle(options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((c) => (c.type === 'chunk' ? [[c.fileName, c] as const] : [])),
      );
      // The chunk that holds the page's entry module (Vite gives each HTML page a stub entry chunk that
      // imports it).
      const entry = [...chunks.values()].find((c) =>
        c.moduleIds.some((id) => id.replace(/\\/g, '/').endsWith('/src/main.ts')),
      );
      if (!entry) return this.error('first-screen budget: no chunk holds src/main.ts');
      const seen = new Set<string>();
      const queue = [entry.fileName];
      while (queue.length) {
        const name = queue.shift()!;
        if (seen.has(name)) continue;
        seen.add(name);
        queue.push(...(chunks.get(name)?.imports ?? []));
      }
      const sizes = [...seen].map((name) => ({
        name,
        gzip: gzipSync(readFileSync(resolve(options.dir ?? 'dist', name)), { level: 9 }).length,
      }));
      const total = sizes.reduce((n, x) => n + x.gzip, 0);
      // A lower budget for the test that the build enforces it (tests/unit/data-corruptions.test.ts).
      const budget = Number(process.env['ATLAS_FIRST_SCREEN_BUDGET'] ?? FIRST_SCREEN_BUDGET);
      if (total > budget)
        this.error(
          `first-screen JavaScript is ${(total / 1024).toFixed(1)} KB gzipped, over its budget of ` +
            `${(budget / 1024).toFixed(1)} KB: ` +
            sizes.map((x) => `${x.name} ${(x.gzip / 1024).toFixed(1)} KB`).join(', '),
        );
    },
  };
}

/** The single-file build's output (`npm run build:single`), git-ignored. */
export const SINGLE_DIR = 'dist-single';
export const SINGLE_FILE = 'atlas.html';

const GEO_MODULE = 'virtual:atlas-geo';
const GEO_DIR = resolve(import.meta.dirname, 'public/geo');

/**
 * `virtual:atlas-geo`: `null` in the normal build (geo.ts fetches `public/geo/`, outside the first
 * screen's script), and in the single file every TopoJSON file of `public/geo/` as JSON text, parsed only
 * when asked for (the Territoires d'industrie layer is 113 KB that most sessions never open).
 */
function geoModule(inline: boolean): Plugin {
  const resolved = `\0${GEO_MODULE}`;
  return {
    name: 'atlas:geo-module',
    resolveId: (id) => (id === GEO_MODULE ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      if (!inline) return 'export default null;';
      const files = readdirSync(GEO_DIR)
        .filter((f) => f.endsWith('.json') && f !== 'manifest.json')
        .sort();
      const texts: Record<string, string> = {};
      for (const f of files) {
        const path = resolve(GEO_DIR, f);
        this.addWatchFile(path);
        texts[f] = readFileSync(path, 'utf8');
      }
      return `export default Object.freeze(${JSON.stringify(texts)});`;
    },
  };
}

const THEME_PREFIX = 'virtual:atlas-theme/';
/** `@import 'virtual:atlas-theme/<name>.css';` in a stylesheet: Vite resolves a CSS `@import` on disk only. */
const THEME_IMPORT = /@import\s+(['"])virtual:atlas-theme\/(\w+)\.css\1\s*;\n?/g;

/**
 * The colour tokens as stylesheets, written from the one table (src/lib/theme/colours.ts) by
 * src/lib/theme/css.ts: `virtual:atlas-theme/atlas.css` (imported by src/main.ts), `pages.css` (by
 * src/pages/page.css) and `example.css` (by src/integration.ts). A script imports one as a module; a
 * stylesheet names it in an `@import`, which this plugin replaces by the rules themselves (appended, after
 * the stylesheet's other imports). The single file embeds the public-sector pages: their tokens come with
 * the atlas's.
 */
export function themeStylesheets(single: boolean): Plugin {
  const sheets: Record<string, () => string> = {
    atlas: () => atlasStylesheet({ withPages: single }),
    pages: pagesStylesheet,
    example: exampleStylesheet,
  };
  const sheet = (name: string) => {
    const make = sheets[name];
    if (!make) throw new Error(`${THEME_PREFIX}${name}.css: no such theme stylesheet`);
    return make();
  };
  return {
    name: 'atlas:theme-css',
    enforce: 'pre',
    resolveId: (id) => (id.startsWith(THEME_PREFIX) ? `\0${id}` : null),
    load(id) {
      if (!id.startsWith(`\0${THEME_PREFIX}`)) return null;
      return sheet(id.slice(THEME_PREFIX.length + 1).replace(/\.css$/, ''));
    },
    transform(code, id) {
      if (id.startsWith('\0') || !/\.css(\?|$)/.test(id) || !code.includes(THEME_PREFIX)) return null;
      const names: string[] = [];
      const rest = code.replace(THEME_IMPORT, (_, _q: string, name: string) => {
        names.push(name);
        return '';
      });
      return { code: `${rest}\n${names.map(sheet).join('')}`, map: null };
    },
  };
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** The single file's policy (PRODUCT.md « Security headers »): nothing but its own inline code and data: URLs. */
export function singleCsp(scriptHashes: string[], styleHashes: string[]): string {
  return [
    "default-src 'none'",
    `script-src ${scriptHashes.join(' ')}`,
    `style-src ${styleHashes.join(' ')}`,
    // MapLibre's worker, inlined by Vite's `?url` as a data: URL (maplibre.ts). From an opaque origin
    // (file://) MapLibre 6 fetch()es the worker URL and starts the worker from a data: URL of the text it
    // read, so connect-src needs data: too: 'none' leaves the map blank. A data: URL reaches no network.
    'worker-src data:',
    'connect-src data:',
    'img-src data: blob:',
    'font-src data:',
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/**
 * Inline `<script>` and `<style>` bodies, exactly as the browser hashes them. One left-to-right scan, so a
 * `<style>` written inside a script (the SVG exports build some) is not taken for an element.
 */
export function inlineBodies(html: string, tag: 'script' | 'style'): string[] {
  return [...html.matchAll(/<(script|style)\b([^>]*)>([\s\S]*?)<\/\1>/g)]
    .filter((m) => m[1] === tag && !/\ssrc=/.test(m[2] ?? ''))
    .map((m) => m[3] ?? '');
}

/**
 * The public-sector pages cannot sit beside the single file, so it embeds them: each page's `<main>`
 * becomes one hidden section, headings one level down, shown by `:target` when the footer links to
 * `#accessibilite`, `#mentions-legales` or `#donnees` (src/lib/ui/legal.ts). This is build-time HTML from
 * our own pages, never data, and it needs no script.
 */
export function legalSections(
  read = (file: string) => readFileSync(resolve(import.meta.dirname, file), 'utf8'),
) {
  const sections = PAGES.map((name) => {
    const main = /<main\b[^>]*>([\s\S]*)<\/main>/.exec(read(`${name}.html`))?.[1];
    if (!main?.includes(`id="${name}-titre"`))
      throw new Error(`${name}.html: a <main> with #${name}-titre expected`);
    const body = main
      .replace(/<(\/?)h([1-5])\b/g, (_, slash: string, level: string) => `<${slash}h${Number(level) + 1}`)
      .replace(/href="\.\/index\.html"/g, 'href="#app"')
      .replace(
        /href="\.\/([\w-]+)\.html(#[\w-]+)?"/g,
        (_, page: string, hash?: string) => `href="${hash ?? `#${page}`}"`,
      );
    return (
      `<section id="${name}" class="legal-page page-content" lang="fr" aria-labelledby="${name}-titre" tabindex="-1">` +
      `<p><a href="#app">Retour à l’atlas</a></p>${body}</section>`
    );
  });
  return `<div class="legal-pages">${sections.join('\n')}</div>`;
}

/**
 * The single file (`npm run build:single`): vite-plugin-singlefile inlines the scripts and the stylesheet;
 * this plugin first drops what would make a request (the preload links of index.html) and embeds the
 * public-sector pages, then hashes the inline code into the CSP meta, names the file and fails the build
 * if anything was left outside it.
 */
function singleFile(): PluginOption[] {
  return [
    {
      name: 'atlas:single-html',
      apply: 'build',
      enforce: 'pre',
      // `optional` suits a preloaded file over the network; inlined, the font is not decoded by the first
      // paint and Chromium then keeps the fallback for good. `swap` uses it as soon as it is decoded.
      transform: (code, id) =>
        id.endsWith('.css') ? code.replace(/font-display:\s*optional/g, 'font-display: swap') : null,
      transformIndexHtml: {
        order: 'pre',
        // Preloads of the fonts and the geodata: both are inside the file, and the CSP would refuse them.
        // The no-script message and its stylesheet (public/, not copied here): the file's scripts are
        // inline and run from disk, and its link to « the full atlas » would point at no file.
        handler: (html) =>
          html
            .replace(/\s*<link\s+rel="preload"[^>]*>/g, '')
            .replace(/\s*<!-- Shown by fallback\.css[^>]*-->\s*<div id="atlas-fallback"[\s\S]*?<\/div>/, '')
            .replace('</head>', '  <link rel="stylesheet" href="/src/pages/pages.css" />\n  </head>')
            .replace('</body>', `  ${legalSections()}\n  </body>`),
      },
    },
    {
      // The WebGL probe's worker (map/webgl-probe.ts) is a file of its own, which the single file cannot
      // have; there the probe runs on the main thread (its MODE test), so the worker's URL is dropped
      // before Vite emits the file for it.
      name: 'atlas:single-no-probe-worker',
      apply: 'build',
      enforce: 'pre',
      transform(code, id) {
        if (!id.replace(/\\/g, '/').endsWith('/src/lib/map/webgl-probe.ts')) return null;
        const worker = "new URL('./webgl-probe.worker.ts', import.meta.url)";
        if (!code.includes(worker)) return this.error(`single file: ${worker} not found in webgl-probe.ts`);
        return code.replace(worker, "''");
      },
    },
    viteSingleFile({ removeViteModuleLoader: true }),
    {
      name: 'atlas:single-csp',
      apply: 'build',
      enforce: 'post',
      generateBundle: {
        order: 'post',
        handler(_options, bundle) {
          const html = bundle['index.html'];
          if (!html || html.type !== 'asset') return this.error('single file: index.html missing');
          const source = String(html.source);
          const scripts = inlineBodies(source, 'script').map(sha256);
          const styles = inlineBodies(source, 'style').map(sha256);
          if (!scripts.length || !styles.length) this.error('single file: no inline script or style to hash');
          const meta = `<meta http-equiv="Content-Security-Policy" content="${singleCsp(scripts, styles)}" />`;
          delete bundle['index.html'];
          const left = Object.keys(bundle);
          if (left.length) this.error(`single file: not inlined: ${left.join(', ')}`);
          this.emitFile({
            type: 'asset',
            fileName: SINGLE_FILE,
            source: source.replace('<head>', `<head>\n    ${meta}`),
          });
        },
      },
      // The hosted atlas serves its own offline copy (« Télécharger l'atlas hors ligne », share/): the
      // single file is copied beside index.html when the production build is there.
      writeBundle(options) {
        const dist = resolve(import.meta.dirname, 'dist');
        if (!existsSync(resolve(dist, 'index.html'))) return;
        const single = resolve(options.dir ?? SINGLE_DIR, SINGLE_FILE);
        copyFileSync(single, resolve(dist, OFFLINE_FILE));
        // Its size, for the menu's label (a gzipping host sends no Content-Length to read it from).
        writeFileSync(
          resolve(dist, OFFLINE_FILE.replace(/\.html$/, '.json')),
          JSON.stringify({ bytes: statSync(single).size }),
        );
      },
    },
  ];
}

/** The single file's name beside the hosted atlas's index.html. */
export const OFFLINE_FILE = 'atlas-hors-ligne.html';

const FONT_METRICS_MODULE = 'virtual:atlas-font-metrics';
/** The atlas's font files (src/app.css), regular and bold: the metrics table is read from these. */
export const FONT_FILES = {
  regular: 'src/assets/fonts/source-sans-3-latin-400-normal.woff2',
  bold: 'src/assets/fonts/source-sans-3-latin-700-normal.woff2',
} as const;
/**
 * Code points the atlas writes that the fonts' Latin subset does not map, measured as one it does: the
 * narrow no-break space of French typography and of French digit groups (U+202F) as the thin space (U+2009).
 */
const FONT_ALIASES: ReadonlyMap<number, number> = new Map([[0x202f, 0x2009]]);
/** A soft hyphen (U+00AD) is drawn only where a line breaks at it: in a line it takes no width. */
const FONT_ZERO_WIDTH: ReadonlySet<number> = new Set([0xad]);

/**
 * Every code point `font` maps (its cmap, less .notdef), with its advance width in thousandths of an em,
 * rounded. Kerning and ligatures are left out (text.ts says why).
 */
function fontAdvances(font: Font): Map<number, number> {
  const em = (units: number) => Math.round((units * 1000) / font.unitsPerEm);
  const widths = new Map<number, number>();
  for (const code of font.characterSet) {
    const glyph = font.glyphForCodePoint(code);
    if (glyph.id === 0) continue;
    widths.set(code, FONT_ZERO_WIDTH.has(code) ? 0 : em(glyph.advanceWidth));
  }
  for (const [code, as] of FONT_ALIASES) {
    const width = widths.get(as);
    if (!widths.has(code) && width !== undefined) widths.set(code, width);
  }
  return new Map([...widths].sort(([a], [b]) => a - b));
}

/**
 * `virtual:atlas-font-metrics`: the advance widths of Source Sans 3, regular and bold, read at build time
 * from the woff2 files the page loads (fontkit, a build-time dependency only: the browser gets the numbers,
 * never the parser). `src/lib/theme/metrics.ts` re-exports them for `text.ts`, so that labels are measured
 * the same in Node, jsdom, the browser and the exports.
 */
export function fontMetrics(): Plugin {
  const resolved = `\0${FONT_METRICS_MODULE}`;
  return {
    name: 'atlas:font-metrics',
    resolveId: (id) => (id === FONT_METRICS_MODULE ? resolved : null),
    load(id) {
      if (id !== resolved) return null;
      const tables = Object.fromEntries(
        Object.entries(FONT_FILES).map(([weight, file]) => {
          const path = resolve(import.meta.dirname, file);
          this.addWatchFile(path);
          const font = openFont(path);
          if (!('characterSet' in font)) return this.error(`${file}: a font collection, one font expected`);
          return [weight, fontAdvances(font)];
        }),
      ) as Record<keyof typeof FONT_FILES, Map<number, number>>;
      const codes = [...tables.regular.keys()];
      if (codes.length !== tables.bold.size || codes.some((c) => !tables.bold.has(c)))
        this.error(`${FONT_FILES.regular} and ${FONT_FILES.bold} map different code points`);
      // The code points as runs of consecutive ones, [first, length, …]: 31 runs, 400 bytes less gzipped.
      const runs: number[] = [];
      for (const code of codes)
        if (runs.length && runs.at(-2)! + runs.at(-1)! === code) runs[runs.length - 1]!++;
        else runs.push(code, 1);
      const list = (xs: number[]) => `Object.freeze([${xs.join(',')}])`;
      return (
        `const RUNS = [${runs.join(',')}];\n` +
        'export const CODES = Object.freeze(RUNS.flatMap((first, i) =>' +
        ' i % 2 ? [] : Array.from({ length: RUNS[i + 1] }, (_, k) => first + k)));\n' +
        `export const REGULAR = ${list(codes.map((c) => tables.regular.get(c)!))};\n` +
        `export const BOLD = ${list(codes.map((c) => tables.bold.get(c)!))};\n`
      );
    },
  };
}

/** The territory fields only the territory and Méthode views read: kept out of the first screen's JavaScript. */
export const TERRITORY_DETAIL_FIELDS = ['communes', 'sources', 'perimeterNote', 'alternatives'] as const;

/**
 * `virtual:atlas-territories-core`: data/territories.json without its detail fields (communes, sources,
 * notes, alternatives), which `src/lib/data/details.ts` brings in a lazy chunk.
 */
function territoriesCore(): Plugin {
  const id = 'virtual:atlas-territories-core';
  const file = resolve(import.meta.dirname, 'data/territories.json');
  return {
    name: 'atlas:territories-core',
    resolveId: (source) => (source === id ? `\0${id}` : null),
    load(loaded) {
      if (loaded !== `\0${id}`) return null;
      this.addWatchFile(file);
      const all = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>[];
      const core = all.map((t) =>
        Object.fromEntries(
          Object.entries(t).filter(([k]) => !(TERRITORY_DETAIL_FIELDS as readonly string[]).includes(k)),
        ),
      );
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(core))});`;
    },
  };
}

/**
 * `virtual:atlas-core/programme` and `virtual:atlas-core/vocabularies`: the two files without their terms'
 * search synonyms, which only search reads; `src/lib/data/search-terms.ts` brings them in the search chunk.
 */
function coreTerms(): Plugin {
  const prefix = 'virtual:atlas-core/';
  const files = ['programme', 'vocabularies'];
  return {
    name: 'atlas:core-terms',
    resolveId: (source) =>
      source.startsWith(prefix) && files.includes(source.slice(prefix.length)) ? `\0${source}` : null,
    load(loaded) {
      if (!loaded.startsWith(`\0${prefix}`)) return null;
      const file = resolve(import.meta.dirname, `data/${loaded.slice(prefix.length + 1)}.json`);
      this.addWatchFile(file);
      const core: unknown = JSON.parse(readFileSync(file, 'utf8'), (key, value: unknown) =>
        key === 'synonyms' ? undefined : value,
      );
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(core))});`;
    },
  };
}

/**
 * The modules of the first screen: src/main.ts and everything it imports statically, gathered once the
 * module graph is known. The build puts them in one chunk (`codeSplitting` below): left to itself, the
 * bundler cuts them into a dozen small chunks as soon as lazy chunks share some of them (the deck's
 * share url.ts, the geodata and the formats with the first screen), and each cut costs the first screen
 * its import lines and its own gzip frame (+1.5 KB measured in #16).
 */
const firstScreenModules = new Set<string>();
function firstScreenChunk(): Plugin {
  return {
    name: 'atlas:first-screen-chunk',
    apply: 'build',
    buildEnd() {
      firstScreenModules.clear();
      const main = [...this.getModuleIds()].find((id) => id.replace(/\\/g, '/').endsWith('/src/main.ts'));
      const queue = main ? [main] : [];
      while (queue.length) {
        const id = queue.pop()!;
        if (firstScreenModules.has(id)) continue;
        firstScreenModules.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
}

/**
 * `ATLAS_PUBLIC_URL` (optional, #16): the atlas's public address, so that exported slides carry a QR code
 * and a short link to their live view (share/deck/public-url.ts). Empty: off. Anything else must be an
 * http(s) address, or the build stops saying so; its query and fragment are dropped.
 */
export function publicUrl(value: string | undefined): string {
  const raw = value?.trim();
  if (!raw) return '';
  let url: URL | null;
  try {
    url = new URL(raw);
  } catch {
    url = null;
  }
  if (!url || !/^https?:$/.test(url.protocol) || !url.hostname)
    throw new Error(
      `ATLAS_PUBLIC_URL: « ${raw} » is not an http(s) address (expected e.g. https://example.gouv.fr/atlas/)`,
    );
  url.search = '';
  url.hash = '';
  // A folder's address without its slash (`…/atlas`) would serve the page with its assets looked for one
  // level up (the build's base is './'): the atlas's address is its folder's, slash included.
  if (!/\/$|\.[a-z0-9]+$/i.test(url.pathname)) url.pathname += '/';
  return url.href;
}

export default defineConfig(({ mode }) => {
  // `vite build --mode single`: one self-contained HTML file that works from file:// (PRODUCT.md « Exports »).
  const single = mode === 'single';
  return {
    base: './',
    define: { __ATLAS_PUBLIC_URL__: JSON.stringify(publicUrl(process.env['ATLAS_PUBLIC_URL'])) },
    // The single file carries its geodata inside (virtual:atlas-geo): nothing of public/ is copied beside it.
    publicDir: single ? false : 'public',
    plugins: [
      // Under Vitest the data check is a test of its own (tests/unit/data.test.ts), not a gate on every test.
      process.env['VITEST'] ? null : dataCheck(),
      svelte(),
      themeStylesheets(single),
      fontMetrics(),
      territoriesCore(),
      coreTerms(),
      geoModule(single),
      prerender(mode),
      ...(single ? singleFile() : [csp(), firstScreenChunk(), freshChunks(), firstScreenBudget()]),
    ],
    build: single
      ? { target: 'es2022', outDir: SINGLE_DIR, emptyOutDir: true, modulePreload: false }
      : {
          target: 'es2022',
          // Every browser the page supports preloads modules itself (Chromium 66, Firefox 115, Safari 17):
          // the polyfill was a request and 427 bytes of the first screen's JavaScript for none of them.
          modulePreload: { polyfill: false },
          chunkSizeWarningLimit: 1200,
          rolldownOptions: {
            input: Object.fromEntries(
              ['index', 'integration', ...PAGES].map((name) => [
                name,
                resolve(import.meta.dirname, `${name}.html`),
              ]),
            ),
            output: {
              codeSplitting: { groups: [{ name: 'main', test: (id: string) => firstScreenModules.has(id) }] },
            },
          },
        },
    test: {
      expect: { requireAssertions: true },
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/unit/**/*.test.ts'],
          },
        },
        {
          extends: true,
          plugins: [svelteTesting()],
          test: {
            name: 'components',
            environment: 'jsdom',
            include: ['tests/components/**/*.test.ts'],
            setupFiles: ['tests/components/setup.ts'],
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            globalSetup: ['tests/e2e/global-setup.ts'],
            fileParallelism: false,
            testTimeout: 60_000,
            hookTimeout: 60_000,
          },
        },
      ],
    },
  };
});
