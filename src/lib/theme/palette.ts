/**
 * The lever and axis colours per theme (PRODUCT.md « Colour and type »), views of the one table
 * (colours.ts), and WCAG contrast. Charts, panel chips and the exported card read these; colour never
 * carries meaning alone (every mark and chip also carries the lever's label).
 */
import { COLOURS, THEMES, type Palette, type ThemeName } from './colours';

export type { ThemeName } from './colours';

const byTheme = <T>(part: (p: Palette) => T): Record<ThemeName, T> =>
  Object.fromEntries(THEMES.map((t) => [t, part(COLOURS[t])])) as Record<ThemeName, T>;

/** Keyed by lever id: tests/unit/theme.test.ts checks the keys against data/ids.ts's LEVER_IDS. */
export const LEVER_COLOURS = byTheme((p) => p.levers);
/** Keyed by axis id: tests/unit/theme.test.ts checks the keys against data/ids.ts's AXIS_IDS. */
export const AXIS_COLOURS = byTheme((p) => p.axes);

/** Backgrounds the marks sit on, per theme (the panels, the page, the sunken surfaces): marks need 3:1 on each. */
export const BACKGROUNDS = byTheme((p) => [p.tokens.surface, p.tokens.bg, p.tokens['surface-sunken']]);

function channel(c: number): number {
  const s = c / 255;
  return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((x) => channel(parseInt(x!, 16))) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG contrast ratio between two #rrggbb colours. */
export function contrast(a: string, b: string): number {
  const [l1, l2] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}
