// The SVG map's transform without d3-zoom on the first screen (#17): the same numbers and the same text
// as d3-zoom's ZoomTransform, which the gestures' chunk still uses (the server render writes the text).
import { zoomIdentity } from 'd3-zoom';
import { describe, expect, it } from 'vitest';

import { ViewTransform } from '../../src/lib/map/view-transform';

describe('ViewTransform', () => {
  const cases: [number, number, number][] = [
    [1, 0, 0],
    [2.5, -120.25, 48.125],
    [0.75, 303.5, -17],
    [37.9, -15000.33, 9000.1],
  ];

  it('writes itself as d3-zoom does', () => {
    for (const [k, x, y] of cases)
      expect(String(new ViewTransform(k, x, y))).toBe(String(zoomIdentity.translate(x, y).scale(k)));
  });

  it('inverts a point as d3-zoom does', () => {
    for (const [k, x, y] of cases) {
      const ours = new ViewTransform(k, x, y).invert([480, 320]);
      const theirs = zoomIdentity.translate(x, y).scale(k).invert([480, 320]);
      expect(ours[0]).toBeCloseTo(theirs[0], 9);
      expect(ours[1]).toBeCloseTo(theirs[1], 9);
    }
  });
});
