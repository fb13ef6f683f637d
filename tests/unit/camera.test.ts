import { describe, expect, it } from 'vitest';

import {
  FRANCE_BOUNDS,
  fitBounds,
  inverseMercator,
  mercator,
  metresPerPixel,
  project,
  scaleBar,
} from '../../src/lib/map/camera';

describe('Web Mercator', () => {
  it('puts (0, 0) in the middle of a 512-px world', () => {
    expect(mercator(0, 0)).toEqual([256, 256]);
  });
  it('inverts itself', () => {
    const [x, y] = mercator(2.35, 48.85);
    const [lon, lat] = inverseMercator(x, y);
    expect(lon).toBeCloseTo(2.35, 10);
    expect(lat).toBeCloseTo(48.85, 10);
  });
});

describe('fitBounds', () => {
  const pad = { top: 20, right: 20, bottom: 20, left: 20 };
  it.each([
    [1920, 1080],
    [1024, 768],
    [390, 844],
    [1280, 720],
  ])('keeps metropolitan France inside a %i×%i viewport', (w, h) => {
    const cam = fitBounds(FRANCE_BOUNDS, w, h, pad);
    const [[west, south], [east, north]] = FRANCE_BOUNDS;
    const [x0, y0] = project(cam, w, h, west, north);
    const [x1, y1] = project(cam, w, h, east, south);
    expect(x0).toBeGreaterThanOrEqual(20 - 1e-6);
    expect(y0).toBeGreaterThanOrEqual(20 - 1e-6);
    expect(x1).toBeLessThanOrEqual(w - 20 + 1e-6);
    expect(y1).toBeLessThanOrEqual(h - 20 + 1e-6);
    // One side touches its padding: the fit is tight, not merely inside.
    const slack = Math.min(x0 - 20, w - 20 - x1, y0 - 20, h - 20 - y1);
    expect(slack).toBeCloseTo(0, 6);
  });

  it('centres the bounds in the padded area when the padding is uneven', () => {
    const cam = fitBounds(FRANCE_BOUNDS, 1000, 800, { top: 0, right: 400, bottom: 0, left: 0 });
    const [[west], [east]] = FRANCE_BOUNDS;
    const [x0] = project(cam, 1000, 800, west, 46);
    const [x1] = project(cam, 1000, 800, east, 46);
    expect((x0 + x1) / 2).toBeCloseTo(300, 6);
  });

  it('respects the maximum zoom for tiny bounds', () => {
    expect(
      fitBounds(
        [
          [2, 48],
          [2.0001, 48.0001],
        ],
        800,
        600,
        pad,
        10,
      ).zoom,
    ).toBe(10);
  });
});

describe('scale bar', () => {
  it('picks a round distance that fits', () => {
    const { metres, px } = scaleBar(46.5, 5.5, 110);
    expect([1, 2, 5].some((m) => metres / 10 ** Math.floor(Math.log10(metres)) === m)).toBe(true);
    expect(px).toBeLessThanOrEqual(110);
    expect(px).toBeGreaterThan(110 / 5);
  });
  it('halves the metres per pixel for each zoom level', () => {
    expect(metresPerPixel(45, 6) / metresPerPixel(45, 7)).toBeCloseTo(2, 10);
  });
});
