/**
 * The first screen in a real browser: the SVG map, the eight markers, selection by pointer and keyboard,
 * the URL, and no request leaving the origin. Runs with SwiftShader WebGL and with no WebGL at all.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { TERRITORY_IDS } from '../../src/lib/data/schema';
import { chromiumPath, launch, mapFirst, open, type WebGLMode } from './browser';

const CANONICAL = [...TERRITORY_IDS];

describe.skipIf(!chromiumPath).each<WebGLMode>(['swiftshader', 'none'])('map, WebGL %s', (webgl) => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(webgl);
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('shows the title, the map and eight markers in canonical order with accessible names', async () => {
    const w = await open(browser, '?rendu=svg');
    await mapFirst(w.page);
    await expect.poll(() => w.page.title()).toContain('Fabrique prospective');
    const ids = await w.page
      .locator('[data-testid="marker"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(ids).toEqual(CANONICAL);
    const names = await w.page
      .locator('[data-testid="marker"]')
      .evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
    expect(names.every((n) => n && n.length > 3)).toBe(true);
    expect(await w.page.locator('svg.svg-map path.territory').count()).toBe(8);
    const list = await w.page
      .locator('[data-testid="territory-list"] button')
      .evaluateAll((els) => els.map((e) => e.getAttribute('data-id')));
    expect(list).toEqual(CANONICAL);
    await w.check('first screen');
    await w.close();
  });

  it('selects a territory on click, writes the URL, and Escape deselects', async () => {
    const w = await open(browser, '?rendu=svg');
    await mapFirst(w.page);
    const marker = w.page.locator('[data-testid="marker"][data-id="lisieux-normandie"]');
    await marker.click();
    await expect.poll(() => w.page.url()).toContain('territoire=lisieux-normandie');
    await expect.poll(() => marker.getAttribute('aria-pressed')).toBe('true');
    await expect
      .poll(() => w.page.locator('[data-testid="panel-heading"]').textContent())
      .toContain('Lisieux');
    await w.check('territory selected');
    // The camera eased to the territory and the marker left the pointer: no tooltip is open (a click's
    // focus opens none), so Escape deselects at once (with a tooltip open, it closes it first: see the
    // keyboard path).
    await expect.poll(() => w.page.locator('[role="tooltip"]').count()).toBe(0);
    await w.page.keyboard.press('Escape');
    await expect.poll(() => marker.getAttribute('aria-pressed')).toBe('false');
    // The address bar follows within a frame (App.svelte writes it after the answer is on screen).
    await expect.poll(() => w.page.url()).not.toContain('territoire=');
    await w.page.goBack();
    await expect.poll(() => w.page.url()).toContain('territoire=lisieux-normandie');
    await w.check('after Back');
    await w.close();
  });

  it('leaves no tooltip behind a click once the pointer moves away; the keyboard’s focus opens one', async () => {
    const w = await open(browser, '?rendu=svg');
    await mapFirst(w.page);
    const marker = w.page.locator('[data-testid="marker"][data-id="lisieux-normandie"]');
    await marker.click();
    await expect.poll(() => marker.getAttribute('aria-pressed')).toBe('true');
    await w.page.mouse.move(5, (await w.page.viewportSize())!.height - 60);
    // The click's focus stays on the marker, but the tooltip follows the pointer: the map is clear.
    await expect.poll(() => w.page.locator('[role="tooltip"]').count()).toBe(0);
    expect(await marker.evaluate((e) => e === document.activeElement)).toBe(true);
    // The markers are one Tab stop: End moves the keyboard's focus to the last one, which opens its tooltip.
    await w.page.keyboard.press('End');
    const next = await w.page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(next).toBe(CANONICAL[7]);
    await expect.poll(() => w.page.locator('[role="tooltip"]').count()).toBe(1);
    const name = await w.page.locator(`[data-testid="marker"][data-id="${next}"]`).getAttribute('aria-label');
    // (Out of the zoomed view, the marker stands at the edge and its name says so.)
    const own = name!
      .replace(/, hors de la vue$/, '')
      .split(',')
      .pop()!
      .trim();
    expect(await w.page.locator('[role="tooltip"]').textContent()).toContain(own);
    await w.close();
  });

  it('is usable from the keyboard: Tab to a marker, Enter selects, Escape closes its tooltip then deselects', async () => {
    const w = await open(browser, '?rendu=svg');
    await mapFirst(w.page);
    for (let i = 0; i < 30; i++) {
      await w.page.keyboard.press('Tab');
      const id = await w.page.evaluate(() => document.activeElement?.getAttribute('data-testid'));
      if (id === 'marker') break;
    }
    const first = await w.page.evaluate(() => document.activeElement?.getAttribute('data-id'));
    expect(first).toBe(CANONICAL[0]);
    await expect.poll(() => w.page.locator('[role="tooltip"]').count()).toBe(1);
    // One Tab stop for the eight (roving tabindex): arrows move within it.
    await w.page.keyboard.press('End');
    expect(await w.page.evaluate(() => document.activeElement?.getAttribute('data-id'))).toBe(CANONICAL[7]);
    await w.page.keyboard.press('Enter');
    await expect.poll(() => w.page.url()).toContain(`territoire=${CANONICAL[7]}`);
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.locator('[role="tooltip"]').count()).toBe(0);
    expect(w.page.url()).toContain(`territoire=${CANONICAL[7]}`);
    await w.page.keyboard.press('Escape');
    await expect.poll(() => w.page.url()).not.toContain('territoire=');
    await w.check('keyboard path');
    await w.close();
  });

  it('restores a selection and a camera from the link, and says what it ignored', async () => {
    const w = await open(browser, '?rendu=svg&territoire=nord-loiret&foo=1&leviers=magie');
    await mapFirst(w.page);
    await expect
      .poll(() =>
        w.page.locator('[data-testid="marker"][data-id="nord-loiret"]').getAttribute('aria-pressed'),
      )
      .toBe('true');
    const notice = w.page.locator('[data-testid="url-notice"]');
    await expect.poll(() => notice.textContent()).toContain('foo');
    expect(await notice.textContent()).toContain('magie');
    await w.check('link with bad parameters');
    await notice.getByRole('button').click();
    expect(await notice.count()).toBe(0);
    await w.close();
  });

  it.each([
    [1920, 1080],
    [1024, 768],
    [390, 844],
  ])('frames France with all eight markers inside a %i×%i window', async (width, height) => {
    const w = await open(browser, '?rendu=svg', { width, height });
    await mapFirst(w.page);
    const box = await w.page.locator('[data-testid="map-viewport"]').boundingBox();
    const dots = await w.page.locator('[data-testid="marker"] .dot').evaluateAll((els) =>
      els.map((e) => {
        const r = e.getBoundingClientRect();
        return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
      }),
    );
    expect(box).not.toBeNull();
    // WCAG 2.5.8: every marker is a 24 × 24 px target at least, its label hidden or not.
    const targets = await w.page
      .locator('[data-testid="marker"]')
      .evaluateAll((els) =>
        els.map((e) => [e.getBoundingClientRect().width, e.getBoundingClientRect().height]),
      );
    for (const [tw, th] of targets) {
      expect(tw).toBeGreaterThanOrEqual(23.99);
      expect(th).toBeGreaterThanOrEqual(23.99);
    }
    // …and no two targets overlap (Lighthouse's target-size: size or spacing).
    const rects = await w.page
      .locator('[data-testid="marker"]')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
    for (const [i, a] of rects.entries())
      for (const b of rects.slice(i + 1))
        expect(
          a.left < b.right - 0.5 &&
            a.right > b.left + 0.5 &&
            a.top < b.bottom - 0.5 &&
            a.bottom > b.top + 0.5,
          `markers at ${a.left},${a.top} and ${b.left},${b.top} overlap`,
        ).toBe(false);
    // No label runs under the map's own controls.
    const controls = await w.page
      .locator('.controls button, [data-testid="layer-ti"]')
      .evaluateAll((els) =>
        els.map((e) => e.closest('label, button')!.getBoundingClientRect().toJSON() as DOMRect),
      );
    const labels = await w.page
      .locator('[data-testid="marker"] .label')
      .evaluateAll((els) =>
        els
          .filter((e) => getComputedStyle(e).display !== 'none')
          .map((e) => e.getBoundingClientRect().toJSON() as DOMRect),
      );
    for (const l of labels)
      for (const c of controls)
        expect(
          l.left < c.right && l.right > c.left && l.top < c.bottom && l.bottom > c.top,
          `label at ${l.left},${l.top} under a control at ${c.left},${c.top}`,
        ).toBe(false);
    // Labels never overlap one another; on a phone they go right, left, above or below their dot, and
    // most of them find a place (one or two did when they could only go right or left).
    for (const [i, a] of labels.entries())
      for (const b of labels.slice(i + 1))
        expect(
          a.left < b.right && a.right > b.left && a.top < b.bottom && a.bottom > b.top,
          `labels at ${a.left},${a.top} and ${b.left},${b.top} overlap`,
        ).toBe(false);
    // Every territory is labelled: beside its dot, or on a phone by its number, with the key under the map.
    if (width < 600) {
      expect(labels.length).toBe(0);
      expect(await w.page.locator('[data-testid="number-key"] li').count()).toBe(8);
    } else expect(labels.length).toBe(8);
    // …nor another marker's target (a label hung above or below its dot is outside its button's box).
    const hung = await w.page.locator('[data-testid="marker"]').evaluateAll((els) =>
      els.flatMap((e, i) => {
        const label = e.querySelector('.label');
        if (!label || getComputedStyle(label).display === 'none') return [];
        const l = label.getBoundingClientRect();
        return els
          .filter((_, j) => j !== i)
          .map((o) => o.getBoundingClientRect())
          .filter((o) => l.left < o.right && l.right > o.left && l.top < o.bottom && l.bottom > o.top)
          .map((o) => `${e.getAttribute('data-id')} over ${o.left},${o.top}`);
      }),
    );
    expect(hung).toEqual([]);
    // Whatever the label's side, the dot sits on its point (the first translate of the marker's transform).
    const offsets = await w.page.locator('[data-testid="marker"]').evaluateAll((els) =>
      els.map((e) => {
        const [, x, y] = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec((e as HTMLElement).style.transform)!;
        const origin = e.parentElement!.getBoundingClientRect();
        const dot = e.querySelector('.dot')!.getBoundingClientRect();
        return [
          dot.x + dot.width / 2 - origin.x - Number(x),
          dot.y + dot.height / 2 - origin.y - Number(y),
          e.className,
        ] as const;
      }),
    );
    for (const [dx, dy, cls] of offsets) {
      expect(Math.abs(dx), cls).toBeLessThan(1);
      expect(Math.abs(dy), cls).toBeLessThan(1);
    }
    for (const d of dots) {
      expect(d.x).toBeGreaterThan(box!.x);
      expect(d.x).toBeLessThan(box!.x + box!.width);
      expect(d.y).toBeGreaterThan(box!.y);
      expect(d.y).toBeLessThan(box!.y + box!.height);
    }
    await w.screenshot(`map-${webgl}-${width}x${height}`);
    await w.check(`first screen ${width}×${height}`);
    await w.close();
  });
});
