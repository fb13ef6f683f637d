import { describe, expect, it } from 'vitest';

import { COLOURS } from '../../src/lib/theme/colours';
import {
  AXIS_COLOURS,
  BACKGROUNDS,
  LEVER_COLOURS,
  contrast,
  type ThemeName,
} from '../../src/lib/theme/palette';

/** The colour tokens of the stylesheet, per theme, from the theme's table (its #rrggbb values). */
function tokens(theme: ThemeName): Record<string, string> {
  return Object.fromEntries(
    Object.entries(COLOURS[theme].tokens).filter(([, v]) => /^#[0-9a-f]{6}$/i.test(v)),
  );
}

describe.each<ThemeName>(['light', 'dark'])('contrast, %s theme', (theme) => {
  const t = tokens(theme);

  it('reads the tokens', () => {
    expect(Object.keys(t).length).toBeGreaterThan(15);
  });

  it('gives text ≥ 4.5:1 on every surface', () => {
    for (const fg of ['text', 'text-muted', 'link', 'focus']) {
      for (const bg of ['bg', 'surface', 'surface-hover', 'surface-sunken']) {
        expect(contrast(t[fg]!, t[bg]!), `${fg} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
    expect(
      contrast(t['on-accent']!, t['accent-strong']!),
      'on-accent on accent-strong',
    ).toBeGreaterThanOrEqual(4.5);
  });

  it('gives every lever and axis colour ≥ 3:1 against every background', () => {
    for (const [id, colour] of [
      ...Object.entries(LEVER_COLOURS[theme]),
      ...Object.entries(AXIS_COLOURS[theme]),
    ]) {
      for (const bg of BACKGROUNDS[theme])
        expect(contrast(colour, bg), `${id} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
  });

  it('gives map marks ≥ 3:1 against the land and sea', () => {
    for (const mark of [
      'marker',
      'map-territory-line',
      'accent',
      'border-strong',
      'compare-1',
      'compare-2',
      'compare-3',
      'compare-4',
    ]) {
      for (const bg of ['map-land', 'map-sea', 'surface']) {
        expect(contrast(t[mark]!, t[bg]!), `${mark} on ${bg}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('keeps the backgrounds list in step with the stylesheet', () => {
    expect(BACKGROUNDS[theme].sort()).toEqual([t['surface']!, t['bg']!, t['surface-sunken']!].sort());
  });
});
