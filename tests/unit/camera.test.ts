import { geoMercator, geoPath } from 'd3-geo';
import { describe, expect, it } from 'vitest';

import {
  FRANCE_BOUNDS,
  fitBounds,
  inverseMercator,
  mercator,
  metresPerPixel,
  project,
  scaleBar,
  TILE_SIZE,
  viewProjection,
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

describe('view projection (the SVG map and the slide export)', () => {
  const cam = fitBounds(FRANCE_BOUNDS, 1280, 800);
  const points: [number, number][] = [
    [-5.1, 48.4],
    [2.35, 48.85],
    [9.5, 42.7],
    [7.75, 48.58],
    [-1.55, 43.48],
  ];
  it('places points where project() and MapLibre do', () => {
    const proj = viewProjection(cam, 1280, 800);
    for (const [lon, lat] of points) {
      const [x, y] = proj([lon, lat]);
      const [px, py] = project(cam, 1280, 800, lon, lat);
      expect(Math.abs(x - px)).toBeLessThan(1e-6);
      expect(Math.abs(y - py)).toBeLessThan(1e-6);
    }
  });
  it('inverts itself', () => {
    const proj = viewProjection(cam, 1280, 800, 30, 40);
    for (const p of points) {
      const [lon, lat] = proj.invert(proj(p));
      expect(lon).toBeCloseTo(p[0], 9);
      expect(lat).toBeCloseTo(p[1], 9);
    }
  });
  it('shifts by its offset', () => {
    const a = viewProjection(cam, 1280, 800)(points[1]!);
    const b = viewProjection(cam, 1280, 800, 48, 150)(points[1]!);
    expect(b[0] - a[0]).toBeCloseTo(48, 9);
    expect(b[1] - a[1]).toBeCloseTo(150, 9);
  });
  it("agrees with d3-geo's geoMercator for a vertex, within a hundredth of a pixel", () => {
    const d3 = geoMercator()
      .scale((TILE_SIZE * 2 ** cam.zoom) / (2 * Math.PI))
      .center([cam.lon, cam.lat])
      .translate([640, 400]);
    const proj = viewProjection(cam, 1280, 800);
    for (const p of points) {
      const [x, y] = proj(p);
      const [dx, dy] = d3(p)!;
      expect(Math.abs(x - dx)).toBeLessThan(0.01);
      expect(Math.abs(y - dy)).toBeLessThan(0.01);
    }
  });
  it('streams into geoPath with straight segments between vertices', () => {
    const proj = viewProjection(cam, 1280, 800);
    const line = { type: 'LineString' as const, coordinates: [points[0]!, points[2]!] };
    const d = geoPath(proj).digits(6)(line)!;
    const [a, b] = [proj(points[0]!), proj(points[2]!)];
    const nums = d.match(/-?[\d.]+/g)!.map(Number);
    expect(nums).toHaveLength(4);
    expect(nums[0]).toBeCloseTo(a[0], 5);
    expect(nums[1]).toBeCloseTo(a[1], 5);
    expect(nums[2]).toBeCloseTo(b[0], 5);
    expect(nums[3]).toBeCloseTo(b[1], 5);
  });
});
