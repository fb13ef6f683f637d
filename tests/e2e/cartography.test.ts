/**
 * Cartography in Chromium (#14): labels that never collide, at the widths users have and in both
 * languages; the markers as one Tab stop walked with the arrow keys, with no camera move on focus; and
 * the slide framed for its own size, saved to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { SCREENSHOT_DIR, baseUrl, chromiumPath, launch, mapFirst, open } from './browser';

interface Rect {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Every marker's dot and label, and the map's controls, in page pixels. */
async function mapBoxes(page: Page) {
  return page.evaluate(() => {
    const r = (el: Element) => {
      const b = el.getBoundingClientRect();
      return { x0: b.left, y0: b.top, x1: b.right, y1: b.bottom };
    };
    const markers = [...document.querySelectorAll<HTMLElement>('[data-testid="marker"]')].map((m) => ({
      id: m.dataset['id']!,
      mode: m.dataset['label']!,
      dot: r(m.querySelector('.dot')!),
      label: m.querySelector('.label') ? r(m.querySelector('.label')!) : null,
      number: m.querySelector('.dot')!.textContent!.trim(),
    }));
    const viewport = r(document.querySelector('[data-testid="map-viewport"]')!);
    const controls = [...document.querySelectorAll('.map > .layers, .map > .controls')].map(r);
    const key = document.querySelector('[data-testid="number-key"]');
    return {
      markers,
      viewport,
      controls,
      key: key ? [...key.querySelectorAll('li')].map((li) => li.textContent!.trim()) : null,
    };
  });
}

const overlaps = (a: Rect, b: Rect) => a.x0 < b.x1 && a.x1 > b.x0 && a.y0 < b.y1 && a.y1 > b.y0;
const centre = (r: Rect) => [(r.x0 + r.x1) / 2, (r.y0 + r.y1) / 2] as const;
function distance(r: Rect, x: number, y: number) {
  const dx = Math.max(r.x0 - x, 0, x - r.x1);
  const dy = Math.max(r.y0 - y, 0, y - r.y1);
  return Math.hypot(dx, dy);
}

describe.skipIf(!chromiumPath)('cartography', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch('none');
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const [width, height] of [
    [390, 844],
    [1024, 768],
    [1280, 800],
    [1920, 1080],
  ] as const) {
    for (const lang of ['fr', 'en'] as const) {
      it(`labels every territory at ${width} × ${height} (${lang}): no overlap, each its own marker's`, async () => {
        const w = await open(browser, `?rendu=svg${lang === 'en' ? '&lang=en' : ''}`, { width, height });
        await mapFirst(w.page);
        await w.page.waitForTimeout(300);
        const { markers, controls, key } = await mapBoxes(w.page);
        expect(markers).toHaveLength(8);
        const numbered = markers.every((m) => m.mode === 'number');
        if (numbered) {
          // Numbered markers: 1 to 8 on the dots, and the key under the map names all eight.
          expect(markers.map((m) => m.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8']);
          expect(key).toHaveLength(8);
          expect(key![0]).toContain('Brive');
        } else {
          expect(key).toBeNull();
          for (const m of markers) {
            expect(m.label, `${m.id} has a label`).not.toBeNull();
            const label = m.label!;
            for (const c of controls) expect(overlaps(label, c), `${m.id} under a control`).toBe(false);
            const [ox, oy] = centre(m.dot);
            for (const n of markers) {
              if (n.id === m.id) continue;
              expect(overlaps(label, n.dot), `${m.id}'s label over ${n.id}'s dot`).toBe(false);
              if (n.label) expect(overlaps(label, n.label), `${m.id} × ${n.id}`).toBe(false);
              const [nx, ny] = centre(n.dot);
              expect(distance(label, nx, ny), `${m.id}'s label nearer ${n.id}`).toBeGreaterThan(
                distance(label, ox, oy),
              );
            }
          }
        }
        if (width === 390) expect(numbered).toBe(true);
        if (width >= 1280) expect(numbered).toBe(false);
        await w.screenshot(`labels-${width}-${lang}`);
        await w.check(`labels at ${width} (${lang})`);
        await w.close();
      });
    }
  }

  it('gives coarse pointers 44 × 44 px targets, split along the bisector between close markers', async () => {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      reducedMotion: 'reduce',
    });
    const page = await context.newPage();
    await page.goto(new URL('?rendu=svg', baseUrl).href);
    await mapFirst(page);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const hit = (x: number, y: number) =>
      page.evaluate(
        ([x, y]) =>
          (document.elementFromPoint(x!, y!)?.closest('[data-testid="marker"]') as HTMLElement | null)
            ?.dataset['id'] ?? null,
        [x, y],
      );
    const centreOf = async (id: string) => {
      const b = (await page.locator(`[data-testid="marker"][data-id="${id}"] .dot`).boundingBox())!;
      return [b.x + b.width / 2, b.y + b.height / 2] as const;
    };
    // Far from its neighbours, Mulhouse answers 20 px from its dot's centre (outside its 24 px button).
    const [mx, my] = await centreOf('mulhouse-alsace-agglomeration');
    expect(await hit(mx, my + 20)).toBe('mulhouse-alsace-agglomeration');
    expect(await hit(mx - 20, my)).toBe('mulhouse-alsace-agglomeration');
    // Creusot Montceau and Lezoux – Thiers – Ambert are closer than 44 px: each point goes to the nearer dot.
    const [cx, cy] = await centreOf('creusot-montceau');
    const [lx, ly] = await centreOf('lezoux-thiers-ambert');
    expect(Math.hypot(cx - lx, cy - ly)).toBeLessThan(44);
    const at = (t: number) => [cx + (lx - cx) * t, cy + (ly - cy) * t] as const;
    expect(await hit(...at(0.4))).toBe('creusot-montceau');
    expect(await hit(...at(0.6))).toBe('lezoux-thiers-ambert');
    await context.close();
  });

  it('makes the markers one Tab stop, walked by arrows, Home/End, opened by Enter, with no camera move on focus', async () => {
    const w = await open(browser, '?rendu=svg');
    await mapFirst(w.page);
    const page = w.page;
    const stops = await page
      .locator('[data-testid="marker"]')
      .evaluateAll((els) => els.filter((e) => e.getAttribute('tabindex') === '0').length);
    expect(stops).toBe(1);
    await page.locator('[data-testid="marker"][data-id="bassin-de-brive"]').focus();
    const focused = () => page.evaluate(() => (document.activeElement as HTMLElement).dataset['id']);
    const transform = () => page.locator('svg.svg-map > g').getAttribute('transform');
    const before = await transform();
    // The help line shows while a marker has the focus.
    await expect.poll(() => page.locator('.keys-help').isVisible()).toBe(true);
    expect(await page.locator('.keys-help').textContent()).toContain('Flèches');
    await page.keyboard.press('End');
    expect(await focused()).toBe('mulhouse-alsace-agglomeration');
    await page.keyboard.press('Home');
    expect(await focused()).toBe('bassin-de-brive');
    await page.keyboard.press('ArrowUp');
    const up = await focused();
    expect(up).not.toBe('bassin-de-brive');
    await page.keyboard.press('ArrowRight');
    expect(await focused()).not.toBe(up);
    // Tab leaves the group in one press; Shift+Tab comes back to the last focused marker.
    const last = await focused();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement).dataset['testid'])).not.toBe(
      'marker',
    );
    await page.keyboard.press('Shift+Tab');
    expect(await focused()).toBe(last);
    expect(await transform()).toBe(before);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`territoire=${last}`);
    await w.check('markers by keyboard');
    await w.close();
  });

  it('with a territory open, focusing a marker out of view moves nothing: it stands at the edge', async () => {
    const w = await open(browser, '?rendu=svg&territoire=lisieux-normandie');
    await mapFirst(w.page);
    const page = w.page;
    await page.waitForTimeout(500);
    const transform = () => page.locator('svg.svg-map > g').getAttribute('transform');
    const before = await transform();
    await page.locator('[data-testid="marker"][data-id="lisieux-normandie"]').focus();
    await page.keyboard.press('End');
    const m = page.locator('[data-testid="marker"][data-id="mulhouse-alsace-agglomeration"]');
    await expect.poll(() => m.evaluate((e) => e.classList.contains('offscreen'))).toBe(true);
    expect(await m.getAttribute('aria-label')).toContain('hors de la vue');
    const { viewport } = await mapBoxes(page);
    const box = (await m.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(viewport.x0);
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.x1 + 1);
    // Neither the camera nor a scroll of the map moved; the panel still shows Lisieux.
    expect(await transform()).toBe(before);
    expect(await page.evaluate(() => document.querySelector('.map')!.scrollLeft)).toBe(0);
    expect(await page.locator('[data-testid="panel-heading"]').textContent()).toContain('Lisieux');
    await w.screenshot('marker-at-edge');
    await w.check('focused marker at the edge');
    await w.close();
  });

  it('exports a slide framed for its size: France fills the map area, labels placed for 3840 × 2160', async () => {
    const w = await open(browser, '?rendu=svg', { width: 1280, height: 800 });
    await mapFirst(w.page);
    const page = w.page;
    await page.locator('[data-testid="export-menu"]').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-slide"]').click(),
    ]);
    const bytes = readFileSync((await download.path())!);
    expect({ width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) }).toEqual({
      width: 3840,
      height: 2160,
    });
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    writeFileSync(`${SCREENSHOT_DIR}/slide-france.png`, bytes);
    // Look at it: France's land spans most of the map area's width (it filled about a third before).
    const share = await page.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      // The map area (export SLIDE.map at 2×): count the columns of its middle band that hold land.
      const [x, y, w, h] = [104, 328, 2104, 1624];
      const data = ctx.getImageData(x, y + h * 0.35, w, h * 0.3).data;
      const sea = [data[0], data[1], data[2]];
      let land = 0;
      for (let col = 0; col < w; col++) {
        let found = false;
        for (let row = 0; row < h * 0.3 && !found; row += 8) {
          const i = (row * w + col) * 4;
          if (
            Math.abs(data[i]! - sea[0]!) +
              Math.abs(data[i + 1]! - sea[1]!) +
              Math.abs(data[i + 2]! - sea[2]!) >
            24
          )
            found = true;
        }
        if (found) land++;
      }
      return land / w;
    }, bytes.toString('base64'));
    expect(share).toBeGreaterThan(0.55);
    await w.close();
  });

  it('exports a territory slide with its communes and names, at exactly 3840 × 2160', async () => {
    const slide = async (prepare?: (page: Page) => Promise<unknown>) => {
      const w = await open(browser, '?rendu=svg&territoire=lezoux-thiers-ambert', {
        width: 1280,
        height: 800,
        ...(prepare ? { prepare } : {}),
      });
      await mapFirst(w.page);
      await w.page.locator('[data-testid="export-menu"]').click();
      const [download] = await Promise.all([
        w.page.waitForEvent('download'),
        w.page.locator('[data-testid="export-slide"]').click(),
      ]);
      expect(download.suggestedFilename()).toBe('atlas-carte-lezoux-thiers-ambert-diapositive.png');
      const bytes = readFileSync((await download.path())!);
      await w.close();
      return bytes;
    };
    const full = await slide();
    expect({ width: full.readUInt32BE(16), height: full.readUInt32BE(20) }).toEqual({
      width: 3840,
      height: 2160,
    });
    writeFileSync(`${SCREENSHOT_DIR}/slide-lezoux-thiers-ambert.png`, full);
    // Without the territory's own file the slide still comes, with the outline alone: the communes, their
    // names and the neighbours make the full one far richer.
    const outline = await slide((page) =>
      page.route('**/geo/territoire-*.json', (r) => r.fulfill({ status: 404 })),
    );
    expect(outline.readUInt32BE(16)).toBe(3840);
    expect(full.length).toBeGreaterThan(1.5 * outline.length);
  });
});
