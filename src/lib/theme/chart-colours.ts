/**
 * Chart colours beyond the lever palette: the neutral mark colour of the audiences chart, the
 * similarity classes, and the text colour that reads on a given fill. Marks keep ≥ 3:1 on the chart
 * backgrounds and text on marks ≥ 4.5:1 (tests/unit/charts-colour.test.ts).
 */
import { scaleThreshold } from 'd3-scale';

import { contrast, type ThemeName } from './palette';

/** Marks that belong to no lever (audiences): the map's territory colour, one per theme. */
export const NEUTRAL: Record<ThemeName, string> = { light: '#3f5a7a', dark: '#8ea8c8' };

/** Text on marks: the theme's text colours, whichever reads better on the fill. */
export const INK: Record<ThemeName, { dark: string; light: string }> = {
  light: { dark: '#1c1f23', light: '#ffffff' },
  dark: { dark: '#14171b', light: '#eceff3' },
};

/**
 * Similarity classes, from « nothing in common » (close to the surface) to « the same levers ». Five
 * steps rather than a continuous ramp: a continuous ramp passes through mid-tones on which neither dark
 * nor light digits reach 4.5:1, and the cells carry their index as digits.
 */
export const SIMILARITY_STEPS = [0.2, 0.4, 0.6] as const;
export const SIMILARITY_COLOURS: Record<ThemeName, readonly string[]> = {
  light: ['#f1f3f6', '#d3e0f2', '#a7c1e6', '#3d6cb4', '#1f4e9c'],
  dark: ['#262b33', '#2f4666', '#3f6399', '#7fa6e6', '#a9c6ff'],
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
