/**
 * Helpers every browser test uses. Each page a test opens is watched from the first byte: page errors,
 * console errors, CSP violations and requests leaving the origin all fail the test at `check()`, and
 * `check()` runs axe-core's WCAG 2.1 AA rules on the state the test reached.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect, inject } from 'vitest';

const require = createRequire(import.meta.url);
const axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export const chromiumPath = inject('chromium');
export const baseUrl = inject('baseUrl');
export const SCREENSHOT_DIR = 'test-results/screenshots';

/** A built asset's chunk name: « TerritoryPanel » for TerritoryPanel-BxmEqcwE.css (Vite's 8-character hash). */
const chunkOf = (file: string) => /([^/]+)-[\w-]{8}\.(?:css|js)(?:\?.*)?$/.exec(file)?.[1] ?? null;
const assetsDir = join(process.env['ATLAS_DIST'] ?? 'dist', 'assets');
/** The chunks that come with a stylesheet of their own. */
const chunksWithCss = new Set(
  existsSync(assetsDir)
    ? readdirSync(assetsDir)
        .filter((f) => f.endsWith('.css'))
        .map(chunkOf)
    : [],
);

export type WebGLMode = 'swiftshader' | 'none';

const BASE_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function launch(webgl: WebGLMode = 'swiftshader'): Promise<Browser> {
  if (!chromiumPath) throw new Error('no Chromium');
  const args = [
    ...BASE_ARGS,
    ...(webgl === 'none' ? ['--disable-webgl', '--disable-3d-apis'] : ['--enable-unsafe-swiftshader']),
  ];
  return chromium.launch({ executablePath: chromiumPath, headless: true, args });
}

export interface Watched {
  context: BrowserContext;
  page: Page;
  errors: string[];
  foreignRequests: string[];
  /** Runs axe on the current state and asserts that nothing went wrong so far. */
  check: (label: string, options?: { axeExclude?: string[] }) => Promise<void>;
  screenshot: (name: string) => Promise<string>;
  close: () => Promise<void>;
}

export interface OpenOptions {
  width?: number;
  height?: number;
  reducedMotion?: 'reduce' | 'no-preference';
  colorScheme?: 'light' | 'dark';
  /** Windows' forced colours (high contrast), emulated. */
  forcedColors?: 'active' | 'none';
  /** Runs before the page loads (e.g. to route requests). */
  prepare?: (page: Page) => Promise<unknown>;
}

export async function open(browser: Browser, path: string, options: OpenOptions = {}): Promise<Watched> {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: options.height ?? 800 },
    reducedMotion: options.reducedMotion ?? 'reduce',
    colorScheme: options.colorScheme ?? 'light',
    forcedColors: options.forcedColors ?? 'none',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  const foreignRequests: string[] = [];
  const origin = new URL(baseUrl).origin;
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console.error: ${m.text()}`);
  });
  page.on('request', (r) => {
    const u = r.url();
    if (u.startsWith('data:') || u.startsWith('blob:')) return;
    if (new URL(u).origin !== origin) foreignRequests.push(u);
  });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`);
    });
  });
  await options.prepare?.(page);
  await page.goto(new URL(path, baseUrl).href);

  const check = async (label: string, opts: { axeExclude?: string[] } = {}) => {
    // A string expression runs through CDP as is, outside the page's CSP (no eval, no injected <script>).
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
    const results = await page.evaluate(async (exclude) => {
      type AxeResult = {
        violations: { id: string; help: string; nodes: { target: unknown; failureSummary?: string }[] }[];
      };
      const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<AxeResult> } })
        .axe;
      const context = exclude.length ? { exclude: exclude.map((s) => [s]) } : document;
      const r = await axe.run(context, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => ({
        id: v.id,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n) => `${JSON.stringify(n.target)} ${n.failureSummary ?? ''}`),
      }));
    }, opts.axeExclude ?? []);
    expect(results, `axe violations in « ${label} »:\n${JSON.stringify(results, null, 2)}`).toEqual([]);
    // Every loaded chunk that has a stylesheet has it loaded too (Vite once gave three lazy views one
    // dependency list, and the territory panel showed unstyled).
    if (page.url().startsWith('http')) {
      const { scripts, sheets } = await page.evaluate(() => ({
        scripts: performance.getEntriesByType('resource').map((e) => e.name),
        sheets: [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].map((l) => l.href),
      }));
      const loaded = new Set(sheets.map(chunkOf));
      const missing = scripts
        .filter((u) => /\.js(\?|$)/.test(u))
        .map(chunkOf)
        .filter((c) => c && chunksWithCss.has(c) && !loaded.has(c));
      expect(missing, `chunks loaded without their stylesheet in « ${label} »`).toEqual([]);
    }
    expect(errors, `errors in « ${label} »`).toEqual([]);
    expect(foreignRequests, `requests outside the origin in « ${label} »`).toEqual([]);
  };

  const screenshot = async (name: string) => {
    const file = join(SCREENSHOT_DIR, `${name}.png`);
    mkdirSync(dirname(file), { recursive: true });
    await page.screenshot({ path: file });
    return file;
  };

  return { context, page, errors, foreignRequests, check, screenshot, close: () => context.close() };
}

/** Waits for the map to be drawn and the markers placed (the `map-first` mark). */
export async function mapFirst(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map-first').length > 0, null, {
    timeout: 30_000,
  });
}

/**
 * The map is final (PRODUCT.md « map-ready »): MapLibre's first idle, or the SVG renderer with its
 * gestures attached (their chunk, camera-gestures.ts, comes after the first paint).
 */
export async function mapReady(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map-ready').length > 0, null, {
    timeout: 45_000,
  });
}
