/**
 * Chart colours beyond the lever palette: the neutral mark colour of the audiences chart, the
 * similarity classes, and the text colour that reads on a given fill. Marks keep ≥ 3:1 on the chart
 * backgrounds and text on marks ≥ 4.5:1 (tests/unit/charts-colour.test.ts).
 */
import { scaleThreshold } from 'd3-scale';

import { COLOURS, type ThemeName } from './colours';
import { contrast } from './palette';

/** Marks that belong to no lever (audiences): the map's territory colour, one per theme. */
export const NEUTRAL: Record<ThemeName, string> = {
  light: COLOURS.light.tokens['map-territory'],
  dark: COLOURS.dark.tokens['map-territory'],
};

/** Text on marks: the theme's text colours, whichever reads better on the fill. */
export const INK: Record<ThemeName, { dark: string; light: string }> = {
  light: { dark: COLOURS.light.tokens.text, light: COLOURS.light.tokens.surface },
  dark: { dark: COLOURS.dark.tokens.bg, light: COLOURS.dark.tokens.text },
};

/** The similarity classes' upper bounds (colours.ts gives each class its colour). */
export const SIMILARITY_STEPS = [0.2, 0.4, 0.6] as const;
export const SIMILARITY_COLOURS: Record<ThemeName, readonly string[]> = {
  light: COLOURS.light.similarity,
  dark: COLOURS.dark.similarity,
};
/** A cell without an index (null), drawn on the canvas. */
export const SIMILARITY_NONE: Record<ThemeName, string> = {
  light: COLOURS.light.similarityNone,
  dark: COLOURS.dark.similarityNone,
};

/** The similarity colour of an index in [0, 1]: 0 alone, then < 0.2, < 0.4, < 0.6, the rest. */
export function ramp(theme: ThemeName): (v: number) => string {
  const s = scaleThreshold<number, string>()
    .domain([Number.MIN_VALUE, ...SIMILARITY_STEPS])
    .range(SIMILARITY_COLOURS[theme]);
  return (v) => s(v);
}

/** The theme's dark or light ink, whichever contrasts more with `fill` (#rrggbb). */
export function inkOn(fill: string, theme: ThemeName): string {
  const { dark, light } = INK[theme];
  return contrast(dark, fill) >= contrast(light, fill) ? dark : light;
}
