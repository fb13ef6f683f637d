/**
 * Colours of the charts beyond the shared lever palette (tests/unit/contrast.test.ts covers that one):
 * marks ≥ 3:1 on the chart backgrounds, and the digits written on marks ≥ 4.5:1.
 */
import { describe, expect, it } from 'vitest';

import { INK, NEUTRAL, inkOn, ramp } from '../../src/lib/theme/chart-colours';
import {
  AXIS_COLOURS,
  BACKGROUNDS,
  LEVER_COLOURS,
  contrast,
  type ThemeName,
} from '../../src/lib/theme/palette';

describe.each<ThemeName>(['light', 'dark'])('chart colours, %s theme', (theme) => {
  it('draws neutral marks at ≥ 3:1 on every background', () => {
    for (const bg of BACKGROUNDS[theme]) expect(contrast(NEUTRAL[theme], bg)).toBeGreaterThanOrEqual(3);
  });

  it('writes digits on every mark colour at ≥ 4.5:1', () => {
    const fills = [
      ...Object.values(LEVER_COLOURS[theme]),
      ...Object.values(AXIS_COLOURS[theme]),
      NEUTRAL[theme],
      ...[0, 0.1, 0.2, 0.25, 0.33, 0.4, 0.5, 0.6, 0.67, 0.75, 0.8, 1].map(ramp(theme)),
    ];
    for (const fill of fills) {
      const ink = inkOn(fill, theme);
      expect([INK[theme].dark, INK[theme].light]).toContain(ink);
      expect(contrast(ink, fill), `${ink} on ${fill}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('runs the similarity ramp from the background towards the strongest colour', () => {
    const r = ramp(theme);
    expect(r(0)).toMatch(/^#[0-9a-f]{6}$/);
    const bg = BACKGROUNDS[theme][0]!;
    expect(contrast(r(1), bg)).toBeGreaterThan(contrast(r(0.5), bg));
    expect(contrast(r(0.5), bg)).toBeGreaterThan(contrast(r(0), bg));
  });
});
