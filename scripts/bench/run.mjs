// npm run bench: measures the built app against bare baselines built and served the same way, in Debian's
// Chromium. Reports ratios (app ÷ baseline, alternating runs in one session, so machine noise cancels) and
// interaction latencies (p50/p95). Prints; never fails on time. Writes bench-results/bench.{json,md}.
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { chromium } from 'playwright-core';
import { build } from 'vite';

import { runLighthouse } from './lighthouse.mjs';
import { serve } from './server.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const OUT = resolve(ROOT, 'bench-results');
// ATLAS_DIST: measure another build than dist/ (side-by-side work without sharing dist/).
const DIST = resolve(process.env.ATLAS_DIST ?? resolve(ROOT, 'dist'));
const RUNS = Number(process.env.BENCH_RUNS ?? 9);
const TRIALS = Number(process.env.BENCH_TRIALS ?? 30);
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

if (!existsSync(CHROME)) {
  console.error(`bench: no Chromium at ${CHROME} (apt-get install -y chromium, or set CHROME_PATH)`);
  process.exit(1);
}
if (!existsSync(resolve(DIST, 'index.html'))) {
  console.error(`bench: ${DIST}/index.html is missing; npm run bench builds dist/ first`);
  process.exit(1);
}

mkdirSync(OUT, { recursive: true });
const baselineDir = resolve(OUT, 'baselines');
await build({
  configFile: false,
  root: resolve(ROOT, 'scripts/bench/baselines'),
  base: './',
  publicDir: resolve(ROOT, 'public'),
  logLevel: 'warn',
  build: {
    outDir: baselineDir,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: {
        svg: resolve(ROOT, 'scripts/bench/baselines/svg.html'),
        maplibre: resolve(ROOT, 'scripts/bench/baselines/maplibre.html'),
      },
    },
  },
});

const server = await serve({ '/app/': DIST, '/base/': baselineDir });
const browser = await chromium.launch({ executablePath: CHROME, headless: true, args: ARGS });

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const round = (x, d = 1) => Math.round(x * 10 ** d) / 10 ** d;

/**
 * Loads a page in a fresh context; returns the mark's time and the bytes (encoded, i.e. gzipped as
 * served) of the requests that started before the mark, per kind: what the first screen cost, not the
 * lazy chunks prefetched after it.
 */
async function load(path, mark) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  // What each frame showed (#17), sampled in its requestAnimationFrame callbacks, which run before the
  // frame paints: whether the SVG map with its eight markers was on screen, and whether the overview was.
  await page.addInitScript(() => {
    const frames = [];
    Object.assign(window, { benchFrames: frames });
    const shown = (el) =>
      !!el && el.checkVisibility({ visibilityProperty: true }) && el.getClientRects().length > 0;
    const tick = () => {
      const app = document.getElementById('app');
      const land = app?.querySelector('[data-testid="svg-map"] path.land');
      const markers = app ? app.querySelectorAll('[data-testid="marker"]').length : 0;
      const heading = app?.querySelector('aside h2');
      frames.push({
        t: performance.now(),
        map: shown(land) && markers === 8,
        overview: shown(heading) && /Vue d’ensemble|Overview/.test(heading?.textContent ?? ''),
      });
      if (frames.length < 600) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
  await page.goto(`${server.url}${path}`);
  await page.waitForFunction((m) => performance.getEntriesByName(m).length > 0, mark, { timeout: 60_000 });
  // A frame is presented after its requestAnimationFrame callbacks: the floor's first paint comes after its mark.
  await page
    .waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, {
      timeout: 5_000,
    })
    .catch(() => undefined);
  // The app's page also marks map-interactive (the markers answer a click, #17) and paints a first content.
  if (path.startsWith('/app/'))
    await page.waitForFunction(() => performance.getEntriesByName('map-interactive').length > 0, null, {
      timeout: 60_000,
    });
  const { t, fcp, paintTime, interactive, firstPaint, entries } = await page.evaluate((m) => {
    const at = performance.getEntriesByName(m)[0].startTime;
    const nav = performance.getEntriesByType('navigation')[0];
    const fcpEntry = /** @type {any} */ (performance.getEntriesByName('first-contentful-paint')[0]);
    const fcp = fcpEntry?.startTime ?? null;
    /** @type {{ t: number, map: boolean, overview: boolean }[]} */
    const frames = /** @type {any} */ (window).benchFrames ?? [];
    // The frame that painted first: the last sampled before the first contentful paint.
    const painted = fcp === null ? undefined : frames.filter((f) => f.t <= fcp).at(-1);
    return {
      t: at,
      fcp,
      // When the first content's frame ran its paint step (Paint Timing's paintTime): before that frame's
      // raster and presentation, as a requestAnimationFrame mark is.
      paintTime: fcpEntry?.paintTime ?? null,
      interactive: performance.getEntriesByName('map-interactive')[0]?.startTime ?? null,
      firstPaint: {
        map: !!painted?.map,
        // Any frame before map-first that showed the overview (a link's view must not).
        overviewBefore: frames.some((f) => f.t <= at && f.overview),
      },
      entries: [nav, ...performance.getEntriesByType('resource')]
        .filter((e) => e.startTime <= at)
        .map((e) => ({ url: e.name, size: e.encodedBodySize })),
    };
  }, mark);
  const bytes = { js: 0, css: 0, geo: 0, fonts: 0, other: 0 };
  for (const { url: u, size } of entries) {
    const kind = /\.m?js(\?|$)/.test(u)
      ? 'js'
      : /\.css(\?|$)/.test(u)
        ? 'css'
        : /\/geo\//.test(u)
          ? 'geo'
          : /\.woff2/.test(u)
            ? 'fonts'
            : 'other';
    bytes[kind] += size;
  }
  await context.close();
  return { t, fcp, paintTime, interactive, firstPaint, bytes };
}

async function ratio(label, appPath, basePath, mark) {
  const ratios = [];
  // The app's first contentful paint and map-interactive, each ÷ the same run's floor mark (#17).
  const fcpRatios = [];
  const interactiveRatios = [];
  // The same first paint against the same event on the floor's side (its own first contentful paint, the
  // frame that shows its map), and the paint step against its mark: the target's ratio sets a frame's
  // presentation against a mark taken before the floor's frame rasters (#17).
  const fcpVsFloorFcp = [];
  const paintStepRatios = [];
  /** Loads whose first paint held the map; loads that showed the overview before their map-first. */
  let firstPaintWithMap = 0;
  let overviewFirst = 0;
  const app = [];
  const base = [];
  let appBytes;
  let baseBytes;
  for (let i = 0; i < RUNS; i++) {
    // Alternate which goes first, so warm-up and drift fall on both sides.
    const first = i % 2 === 0;
    const a = first ? await load(appPath, mark) : null;
    const b = await load(basePath, mark);
    const a2 = a ?? (await load(appPath, mark));
    ratios.push(a2.t / b.t);
    if (a2.fcp !== null) fcpRatios.push(a2.fcp / b.t);
    if (a2.interactive !== null) interactiveRatios.push(a2.interactive / b.t);
    if (a2.fcp !== null && b.fcp !== null) fcpVsFloorFcp.push(a2.fcp / b.fcp);
    if (a2.paintTime !== null) paintStepRatios.push(a2.paintTime / b.t);
    if (a2.firstPaint?.map) firstPaintWithMap++;
    if (a2.firstPaint?.overviewBefore) overviewFirst++;
    app.push(a2.t);
    base.push(b.t);
    appBytes = a2.bytes;
    baseBytes = b.bytes;
  }
  return {
    label,
    runs: RUNS,
    medianRatio: round(median(ratios), 2),
    minRatio: round(Math.min(...ratios), 2),
    maxRatio: round(Math.max(...ratios), 2),
    appMedianMs: round(median(app)),
    baselineMedianMs: round(median(base)),
    appBytes,
    baselineBytes: baseBytes,
    fcpMedianRatio: fcpRatios.length ? round(median(fcpRatios), 2) : null,
    fcpMinRatio: fcpRatios.length ? round(Math.min(...fcpRatios), 2) : null,
    fcpMaxRatio: fcpRatios.length ? round(Math.max(...fcpRatios), 2) : null,
    firstPaintWithMap,
    overviewFirst,
    interactiveMedianRatio: interactiveRatios.length ? round(median(interactiveRatios), 2) : null,
    fcpVsFloorFcpMedianRatio: fcpVsFloorFcp.length ? round(median(fcpVsFloorFcp), 2) : null,
    paintStepMedianRatio: paintStepRatios.length ? round(median(paintStepRatios), 2) : null,
  };
}

/**
 * Click → selected: from the click event to the frame where the heading names it and aria-pressed is
 * true (PRODUCT.md). Two readings of « the frame »: its start (the timestamp requestAnimationFrame
 * gets; a frame that began before the click was stamped counts 0), the definition's figure; and the
 * moment its callbacks run (performance.now() in the callback), a stricter one that also counts a
 * frame held back by a long task.
 */
async function clickLatency(label, query, withLayer) {
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/app/${query}`);
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
    timeout: 60_000,
  });
  if (withLayer) {
    await page.locator('[data-testid="layer-ti"]').check();
    await page.waitForFunction(
      () =>
        document.querySelectorAll('path.ti').length > 100 ||
        !!document.querySelector('.map[data-renderer="webgl"]'),
      null,
      { timeout: 30_000 },
    );
    await page.waitForTimeout(500);
  }
  const ids = await page
    .locator('[data-testid="marker"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  const samples = [];
  for (let i = 0; i < TRIALS; i++) {
    const id = ids[i % ids.length];
    await page.evaluate((target) => {
      window.__lat = new Promise((done) => {
        document.addEventListener(
          'click',
          (e) => {
            const t0 = e.timeStamp;
            const marker = document.querySelector(`[data-testid="marker"][data-id="${target}"]`);
            const name = marker?.getAttribute('aria-label')?.split(',').pop()?.trim() ?? '';
            const tick = (now) => {
              const heading = document.querySelector('[data-testid="panel-heading"]')?.textContent ?? '';
              if (
                marker?.getAttribute('aria-pressed') === 'true' &&
                name &&
                heading.includes(name.slice(0, 12))
              )
                done([Math.max(0, now - t0), performance.now() - t0]);
              else requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          },
          { capture: true, once: true },
        );
      });
    }, id);
    await page.locator(`[data-testid="marker"][data-id="${id}"]`).click();
    samples.push(await page.evaluate(() => window.__lat));
    // Back to France: Escape closes the focused marker's tooltip, then deselects (the camera reframes France).
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-testid="marker"][aria-pressed="true"]'));
    await page.waitForTimeout(50);
  }
  await context.close();
  const frame = samples.map((s) => s[0]);
  const callbacks = samples.map((s) => s[1]);
  return {
    label,
    trials: TRIALS,
    p50Ms: round(pct(frame, 50)),
    p95Ms: round(pct(frame, 95)),
    callbacksP50Ms: round(pct(callbacks, 50)),
    callbacksP95Ms: round(pct(callbacks, 95)),
    firstMs: round(callbacks[0]),
  };
}

// The single file (npm run build:single, built by npm run bench): what a USB key carries.
const SINGLE = resolve(ROOT, 'dist-single/atlas.html');
const singleFile = existsSync(SINGLE)
  ? (() => {
      const bytes = readFileSync(SINGLE);
      return {
        file: 'dist-single/atlas.html',
        bytes: bytes.length,
        gzipBytes: gzipSync(bytes, { level: 9 }).length,
      };
    })()
  : null;

// Each territory's own geodata (#14): fetched when a territory opens, never on the first screen.
const GEO = resolve(ROOT, 'dist/geo');
const territoryFiles = existsSync(GEO)
  ? readdirSync(GEO)
      .filter((f) => /^territoire-.*\.json$/.test(f))
      .sort()
      .map((file) => {
        const bytes = readFileSync(resolve(GEO, file));
        return { file, bytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
      })
  : [];

const results = {
  date: new Date().toISOString(),
  runs: RUNS,
  trials: TRIALS,
  loads: [],
  clicks: [],
  singleFile,
  territoryFiles,
};
console.log(
  `bench: ${RUNS} alternating runs per ratio, ${TRIALS} click trials, Chromium ${browser.version()}`,
);
results.loads.push(
  await ratio('map-first, app (SVG) ÷ static SVG baseline', '/app/', '/base/svg.html', 'map-first'),
);
results.loads.push(
  await ratio(
    'map-first, a territory link (?territoire=nord-loiret) ÷ static SVG baseline',
    '/app/?territoire=nord-loiret',
    '/base/svg.html',
    'map-first',
  ),
);
results.loads.push(
  await ratio(
    'map-ready, app (rendu=webgl) ÷ bare MapLibre baseline',
    '/app/?rendu=webgl',
    '/base/maplibre.html',
    'map-ready',
  ),
);
results.clicks.push(await clickLatency('click → selected, SVG', '?rendu=svg', false));
results.clicks.push(await clickLatency('click → selected, WebGL (SwiftShader)', '?rendu=webgl', false));
results.clicks.push(
  await clickLatency('click → selected, SVG + Territoires d’industrie layer', '?rendu=svg', true),
);
results.clicks.push(
  await clickLatency('click → selected, WebGL + Territoires d’industrie layer', '?rendu=webgl', true),
);

// Charts (src/lib/charts/bench.ts, loaded only with ?bench): render all five, and selection → charts,
// on the real data and on the synthetic 200 territories × 1 000 actions.
{
  const context = await browser.newContext({
    viewport: { width: 1600, height: 1000 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/app/?vue=graphiques&rendu=svg&bench`);
  await page.waitForFunction(() => document.documentElement.dataset.chartsBench === 'ready', null, {
    timeout: 60_000,
  });
  const r = await page.evaluate(async (n) => {
    const b = window.__chartsBench;
    const renderReal = [];
    const renderSynthetic = [];
    for (let i = 0; i < 5; i++) {
      renderReal.push(await b.renderAll('real'));
      renderSynthetic.push(await b.renderAll('synthetic'));
    }
    return {
      renderReal,
      renderSynthetic,
      selReal: await b.selectionTrials(n, 'real'),
      selSyn: await b.selectionTrials(n, 'synthetic'),
    };
  }, TRIALS);
  results.charts = {
    renderAllMedianMs: { real: round(median(r.renderReal)), synthetic: round(median(r.renderSynthetic)) },
    selection: {
      real: {
        p50Ms: round(pct(r.selReal, 50), 2),
        p95Ms: round(pct(r.selReal, 95), 2),
        trials: r.selReal.length,
      },
      synthetic: {
        p50Ms: round(pct(r.selSyn, 50), 2),
        p95Ms: round(pct(r.selSyn, 95), 2),
        trials: r.selSyn.length,
      },
    },
  };
  await context.close();
}

// The deck (#16): « Ajouter à la présentation » → the count shows the new slide (the next frame is the
// target), and a 10-slide PowerPoint export (the ready-made deck), click → the file (target < 10 s).
{
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  await page.goto(`${server.url}/app/?rendu=svg`);
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
    timeout: 60_000,
  });
  await page.locator('[data-testid="deck-live"]').waitFor({ state: 'attached', timeout: 30_000 });
  const ids = await page
    .locator('[data-testid="marker"]')
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
  const add = [];
  // A deck holds 30 slides.
  for (let i = 0; i < Math.min(TRIALS, 29); i++) {
    await page.locator(`[data-testid="marker"][data-id="${ids[i % ids.length]}"]`).click();
    // The territory's view and its geodata settle first: the figure is the addition's, not the selection's.
    await page.waitForTimeout(400);
    await page.evaluate(() => {
      window.__add = new Promise((done) => {
        const count = document.querySelector('[data-testid="deck-count"]');
        const before = count?.textContent;
        document.addEventListener(
          'click',
          (e) => {
            const t0 = e.timeStamp;
            const tick = (now) => {
              const shown = document.querySelector('[data-testid="deck-count"]')?.textContent;
              if (shown !== before) done([Math.max(0, now - t0), performance.now() - t0]);
              else requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          },
          { capture: true, once: true },
        );
      });
    });
    await page.locator('[data-testid="deck-add"]').click();
    add.push(await page.evaluate(() => window.__add));
    // Back to France for the next territory (Escape closes the marker's tooltip, then deselects).
    await page.locator(`[data-testid="marker"][data-id="${ids[i % ids.length]}"]`).focus();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => !document.querySelector('[data-testid="marker"][aria-pressed="true"]'));
  }
  await context.close();

  const exports = [];
  for (let run = 0; run < 3; run++) {
    const ctx = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const p = await ctx.newPage();
    await p.goto(`${server.url}/app/?rendu=svg`);
    await p.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
      timeout: 60_000,
    });
    await p.locator('[data-testid="deck-open"]').click();
    await p.locator('[data-testid="deck-ready-made"]').click();
    await p.waitForFunction(() => document.querySelector('[data-testid="deck-count"]')?.textContent === '10');
    const t0 = Date.now();
    const [download] = await Promise.all([
      p.waitForEvent('download', { timeout: 120_000 }),
      p.locator('[data-testid="deck-pptx"]').click(),
    ]);
    await download.path();
    exports.push(Date.now() - t0);
    await ctx.close();
  }
  results.deck = {
    add: {
      p50Ms: round(
        pct(
          add.map((s) => s[0]),
          50,
        ),
      ),
      p95Ms: round(
        pct(
          add.map((s) => s[0]),
          95,
        ),
      ),
      callbacksP95Ms: round(
        pct(
          add.map((s) => s[1]),
          95,
        ),
      ),
      trials: add.length,
    },
    pptx10: { medianMs: round(median(exports)), runsMs: exports },
  };
}

await browser.close();
await server.close();

const kb = (b) => `${round((b ?? 0) / 1024)} KB`;
const lines = [
  '# Bench',
  '',
  `${results.date}, ${RUNS} runs, ${TRIALS} trials`,
  '',
  '| load | median ratio | min–max | app ms | baseline ms | app JS / CSS / geo / fonts (gzip) | baseline JS / CSS / geo / fonts |',
  '|---|---|---|---|---|---|---|',
];
for (const l of results.loads) {
  lines.push(
    `| ${l.label} | ${l.medianRatio}× | ${l.minRatio}–${l.maxRatio} | ${l.appMedianMs} | ${l.baselineMedianMs} | ${kb(l.appBytes.js)} / ${kb(l.appBytes.css)} / ${kb(l.appBytes.geo)} / ${kb(l.appBytes.fonts)} | ${kb(l.baselineBytes.js)} / ${kb(l.baselineBytes.css)} / ${kb(l.baselineBytes.geo)} / ${kb(l.baselineBytes.fonts)} |`,
  );
}
const first = results.loads[0];
if (first?.fcpMedianRatio != null)
  lines.push(
    '',
    `On the default link, each ÷ the static-SVG floor's map-ready in the same run (median of ${RUNS}): first contentful paint ${first.fcpMedianRatio}× (${first.fcpMinRatio}–${first.fcpMaxRatio}), the first paint holding the map in ${first.firstPaintWithMap} of ${RUNS} loads (PRODUCT.md: then it is the prerendered page's map-first); the hydrated map-first mark ${first.medianRatio}×; map-interactive (hydrated, the markers answer a click) ${first.interactiveMedianRatio}×.`,
    '',
    `The same first paint, event for event: ÷ the floor's own first contentful paint (the frame showing its map) ${first.fcpVsFloorFcpMedianRatio ?? '—'}×; the paint step of that frame (Paint Timing's paintTime, before its raster) ÷ the floor's map-ready mark (a requestAnimationFrame callback, before its raster) ${first.paintStepMedianRatio ?? '—'}×.`,
  );
const linked = results.loads[1];
if (linked)
  lines.push(
    '',
    `A territory link: the overview shown before its map-first in ${linked.overviewFirst} of ${RUNS} loads.`,
  );
lines.push(
  '',
  '| interaction | p50 ms | p95 ms | stricter: p50 / p95 to the frame’s callbacks | first trial (callbacks) | trials |',
  '|---|---|---|---|---|---|',
);
for (const c of results.clicks)
  lines.push(
    `| ${c.label} | ${c.p50Ms} | ${c.p95Ms} | ${c.callbacksP50Ms} / ${c.callbacksP95Ms} | ${c.firstMs} | ${c.trials} |`,
  );
if (results.charts) {
  const ch = results.charts;
  lines.push(
    '',
    '| charts | real data | synthetic 200 × 1 000 | target p95 |',
    '|---|---|---|---|',
    `| render all five (median of 5) | ${ch.renderAllMedianMs.real} ms | ${ch.renderAllMedianMs.synthetic} ms | — |`,
    `| selection → charts p50 / p95 | ${ch.selection.real.p50Ms} / ${ch.selection.real.p95Ms} ms | ${ch.selection.synthetic.p50Ms} / ${ch.selection.synthetic.p95Ms} ms | 16 ms / 100 ms |`,
  );
}
if (results.deck) {
  const d = results.deck;
  lines.push(
    '',
    '| deck | figure | target |',
    '|---|---|---|',
    `| « Ajouter à la présentation » → the count shows it, p50 / p95 (callbacks p95) | ${d.add.p50Ms} / ${d.add.p95Ms} ms (${d.add.callbacksP95Ms} ms), ${d.add.trials} trials | the next frame |`,
    `| PowerPoint export of 10 slides, click → file, median of ${d.pptx10.runsMs.length} | ${round(d.pptx10.medianMs / 1000, 2)} s (${d.pptx10.runsMs.map((x) => round(x / 1000, 1)).join(', ')} s) | < 10 s |`,
  );
}
lines.push(
  '',
  singleFile
    ? `Single file (${singleFile.file}): ${kb(singleFile.bytes)} raw, ${kb(singleFile.gzipBytes)} gzip.`
    : 'Single file: dist-single/atlas.html missing (npm run build:single).',
);
if (territoryFiles.length) {
  lines.push('', '| territory geodata (lazy) | raw | gzip | limit |', '|---|---|---|---|');
  for (const f of territoryFiles)
    lines.push(`| ${f.file} | ${kb(f.bytes)} | ${kb(f.gzipBytes)} | 60 KB gzip |`);
}
lines.push(
  '',
  'Targets (#17): the first paint, holding the map, ≤ 1.0× the SVG baseline; map-interactive ≤ 1.3×; a link with parameters never shows the overview first and its map-first does not regress; map-ready ≤ 1.05× the MapLibre baseline; click → selected p95 < 50 ms.',
);
const md = lines.join('\n');
writeFileSync(resolve(OUT, 'bench.json'), JSON.stringify(results, null, 2));
writeFileSync(resolve(OUT, 'bench.md'), md + '\n');
console.log(md);

// Lighthouse last, on its own Chromium (BENCH_LIGHTHOUSE=0 skips it). Printed, never a failure on scores.
if (process.env.BENCH_LIGHTHOUSE !== '0') {
  const lighthouse = await runLighthouse({ dist: DIST, out: OUT });
  console.log(`\n${lighthouse.markdown}`);
}
