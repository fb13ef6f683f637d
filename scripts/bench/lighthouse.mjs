// Lighthouse 12.2.3 on the production build, served by server.mjs (gzip) and run in Debian's Chromium:
// desktop and mobile presets, on the default URL and on ?rendu=webgl (reported, no target). Prints a table
// and what Lighthouse flags in the app; never fails on scores. Writes bench-results/lighthouse.{json,md}.
// Alone: `node scripts/bench/lighthouse.mjs` (ATLAS_DIST=… for another build than dist/); `npm run bench`
// calls it at the end.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

import { serve } from './server.mjs';

const ROOT = resolve(import.meta.dirname, '../..');

/** PITFALLS.md « Headless Chromium »: never --disable-software-rasterizer (it removes WebGL). */
const FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices'];

/** Targets on the default URL (PRODUCT.md / the issue); ?rendu=webgl is reported without one. */
const TARGETS = {
  desktop: { performance: 100, accessibility: 100, 'best-practices': 95, cls: 0 },
  mobile: { performance: 95, accessibility: 100, 'best-practices': 95, cls: 0 },
};

/** Runs per preset on the default URL (#17: the median of three, with its spread); one on ?rendu=webgl. */
const DEFAULT_RUNS = Number(process.env.BENCH_LIGHTHOUSE_RUNS ?? 3);

/**
 * @param {{ dist?: string, out?: string }} [options]
 * @returns {Promise<{ runs: any[], markdown: string }>}
 */
export async function runLighthouse(options = {}) {
  const dist = resolve(options.dist ?? process.env.ATLAS_DIST ?? resolve(ROOT, 'dist'));
  const out = resolve(options.out ?? resolve(ROOT, 'bench-results'));
  const chromePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
  // chrome-launcher reads CHROME_PATH; set it for the launcher's own lookups too.
  process.env.CHROME_PATH = chromePath;
  if (!existsSync(chromePath)) throw new Error(`lighthouse: no Chromium at ${chromePath} (set CHROME_PATH)`);
  if (!existsSync(resolve(dist, 'index.html'))) throw new Error(`lighthouse: ${dist}/index.html is missing`);
  mkdirSync(out, { recursive: true });

  const server = await serve({ '/app/': dist });
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: FLAGS, logLevel: 'silent' });
  const runs = [];
  try {
    for (const preset of /** @type {const} */ (['desktop', 'mobile'])) {
      for (const query of ['', '?rendu=webgl']) {
        const url = `${server.url}/app/${query}`;
        const repeats = [];
        for (let i = 0; i < (query ? 1 : DEFAULT_RUNS); i++) {
          const result = await lighthouse(
            url,
            { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: CATEGORIES },
            preset === 'desktop' ? desktopConfig : undefined,
          );
          if (!result) throw new Error(`lighthouse: no result for ${url}`);
          const one = summarise(preset, query || '(default)', result.lhr);
          repeats.push(one);
          console.log(
            `lighthouse ${preset} ${one.url}: perf ${one.performance}, a11y ${one.accessibility}, ` +
              `best practices ${one.bestPractices}, CLS ${one.cls}, FCP ${one.fcpMs} ms, LCP ${one.lcpMs} ms, TBT ${one.tbtMs} ms`,
          );
        }
        runs.push(medianRun(repeats));
      }
    }
  } finally {
    await chrome.kill();
    await server.close();
  }

  const markdown = toMarkdown(runs);
  writeFileSync(
    resolve(out, 'lighthouse.json'),
    JSON.stringify({ date: new Date().toISOString(), dist, targets: TARGETS, runs }, null, 2),
  );
  writeFileSync(resolve(out, 'lighthouse.md'), `${markdown}\n`);
  return { runs, markdown };
}

/**
 * Several runs of one URL as one row: the run with the median performance score (its audits and flags),
 * with every run's scores as the spread.
 */
function medianRun(/** @type {any[]} */ repeats) {
  const sorted = [...repeats].sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0));
  const mid = sorted[Math.floor((sorted.length - 1) / 2)];
  return {
    ...mid,
    runs: repeats.length,
    performanceRuns: repeats.map((r) => r.performance),
    clsMax: Math.max(...repeats.map((r) => r.cls)),
  };
}

const score = (/** @type {any} */ category) =>
  category?.score == null ? null : Math.round(category.score * 100);

/** One line for a Lighthouse details item: its reason, URL, node or label, whichever it has. */
function describeItem(/** @type {any} */ it) {
  const text =
    it?.reason ??
    it?.description ??
    it?.source?.url ??
    it?.url ??
    it?.node?.snippet ??
    it?.node?.selector ??
    it?.label ??
    firstNode(it)?.snippet ??
    '';
  return String(text).slice(0, 200);
}

/** The first DOM node anywhere in a details object (LCP element, layout-shift culprits). */
function firstNode(/** @type {any} */ value) {
  if (!value || typeof value !== 'object') return null;
  if (value.type === 'node' && typeof value.snippet === 'string') return value;
  for (const v of Object.values(value)) {
    const found = /** @type {any} */ (firstNode(v));
    if (found) return found;
  }
  return null;
}

/** Scores, CLS and LCP, and every audit that did not pass in the three categories (what to fix). */
function summarise(/** @type {string} */ preset, /** @type {string} */ url, /** @type {any} */ lhr) {
  const audits = lhr.audits;
  const flagged = [];
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const a = audits[ref.id];
      if (!a || a.score === null || a.score >= 0.9 || a.scoreDisplayMode === 'notApplicable') continue;
      if (a.scoreDisplayMode === 'informative' || a.scoreDisplayMode === 'manual') continue;
      const items = (a.details?.items ?? []).slice(0, 5).map(describeItem);
      flagged.push({
        category: id,
        id: a.id,
        title: a.title,
        score: a.score,
        displayValue: a.displayValue ?? '',
        weight: ref.weight,
        items,
      });
    }
  }
  return {
    preset,
    url,
    performance: score(lhr.categories.performance),
    accessibility: score(lhr.categories.accessibility),
    bestPractices: score(lhr.categories['best-practices']),
    cls: Math.round((audits['cumulative-layout-shift']?.numericValue ?? NaN) * 1000) / 1000,
    lcpMs: Math.round(audits['largest-contentful-paint']?.numericValue ?? NaN),
    fcpMs: Math.round(audits['first-contentful-paint']?.numericValue ?? NaN),
    tbtMs: Math.round(audits['total-blocking-time']?.numericValue ?? NaN),
    lcpElement: firstNode(audits['largest-contentful-paint-element']?.details)?.snippet ?? null,
    runWarnings: lhr.runWarnings ?? [],
    // Audits Lighthouse itself could not run (e.g. its trace gatherers on a newer Chromium).
    toolErrors: Object.values(audits)
      .filter((/** @type {any} */ a) => a.scoreDisplayMode === 'error')
      .map((/** @type {any} */ a) => `${a.id}: ${a.errorMessage ?? ''}`.slice(0, 240)),
    flagged,
  };
}

function toMarkdown(/** @type {any[]} */ runs) {
  const mark = (/** @type {any} */ r, /** @type {string} */ key, /** @type {number|null} */ v) => {
    if (r.url !== '(default)' || v === null) return `${v}`;
    const t = /** @type {any} */ (TARGETS)[r.preset][key];
    const ok = key === 'cls' ? v <= t : v >= t;
    return `${v}${ok ? '' : ` ✗ (target ${key === 'cls' ? '' : '≥ '}${t})`}`;
  };
  const lines = [
    '# Lighthouse 12.2.3',
    '',
    '| preset | URL | performance (median; every run) | accessibility | best practices | CLS (largest) | FCP ms | LCP ms | TBT ms |',
    '|---|---|---|---|---|---|---|---|---|',
    ...runs.map(
      (r) =>
        `| ${r.preset} | ${r.url} | ${mark(r, 'performance', r.performance)}${r.runs > 1 ? ` (${r.performanceRuns.join(', ')})` : ''} | ${mark(r, 'accessibility', r.accessibility)} | ` +
        `${mark(r, 'best-practices', r.bestPractices)} | ${mark(r, 'cls', r.clsMax ?? r.cls)} | ${r.fcpMs} | ${r.lcpMs} | ${r.tbtMs} |`,
    ),
    '',
    'Targets on the default URL (the median of its runs): performance 100 desktop and ≥ 95 mobile, accessibility 100, best practices ≥ 95, CLS 0 in every run.',
    '',
    ...runs
      .filter((r) => r.lcpElement)
      .map((r) => `- LCP element, ${r.preset} ${r.url}: ${r.lcpElement.slice(0, 160)}`),
  ];
  const flagged = new Map();
  for (const r of runs)
    for (const f of r.flagged) {
      const key = `${f.category} › ${f.id}`;
      const entry = flagged.get(key) ?? { ...f, where: [] };
      entry.where.push(`${r.preset} ${r.url}`);
      flagged.set(key, entry);
    }
  if (flagged.size) {
    lines.push('', '## Flagged', '');
    for (const [key, f] of flagged) {
      lines.push(
        `- ${key}: ${f.title}${f.displayValue ? ` (${f.displayValue})` : ''} — ${f.where.join(', ')}`,
      );
      for (const it of f.items.filter(Boolean)) lines.push(`  - ${it}`);
    }
  }
  const toolErrors = [...new Set(runs.flatMap((r) => r.toolErrors))];
  if (toolErrors.length)
    lines.push(
      '',
      '## Audits Lighthouse could not run (tool, not app)',
      '',
      ...toolErrors.map((e) => `- ${e}`),
    );
  const warnings = [...new Set(runs.flatMap((r) => r.runWarnings))];
  if (warnings.length) lines.push('', '## Run warnings', '', ...warnings.map((w) => `- ${w}`));
  return lines.join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { markdown } = await runLighthouse();
  console.log(markdown);
}
