/**
 * One colour logic for the whole atlas (PRODUCT.md « Colour and type »): lever colours per theme, in
 * three hue families, one per axis (competences: blues, recrutement: greens, qualite-de-vie: warm).
 * Charts, panel chips and map expressions all read these; colour never carries meaning alone (every
 * mark and chip also carries the lever's label).
 */
import type { AxisId, LeverId } from '../data/ids';

export type ThemeName = 'light' | 'dark';

export const LEVER_COLOURS: Record<ThemeName, Record<LeverId, string>> = {
  light: {
    formation: '#1f4e9c',
    employabilite: '#2563b8',
    image: '#4b3fae',
    ambassadeurs: '#0a6a94',
    evenements: '#5b4f9e',
    marque: '#34568b',
    orientation: '#17735a',
    decouverte: '#2e7031',
    cooperation: '#4a6f1c',
    mixite: '#00706a',
    freins: '#b13c17',
    accueil: '#8d4600',
  },
  dark: {
    formation: '#8fb4ff',
    employabilite: '#7cc4ff',
    image: '#b7acff',
    ambassadeurs: '#6fd0f0',
    evenements: '#c5b8f5',
    marque: '#a7c0e6',
    orientation: '#6fd3a8',
    decouverte: '#95d895',
    cooperation: '#bcd97e',
    mixite: '#5fd3c4',
    freins: '#ff9d76',
    accueil: '#f3b765',
  },
};

export const AXIS_COLOURS: Record<ThemeName, Record<AxisId, string>> = {
  light: { competences: '#1f4e9c', recrutement: '#17735a', 'qualite-de-vie': '#b13c17' },
  dark: { competences: '#8fb4ff', recrutement: '#6fd3a8', 'qualite-de-vie': '#ff9d76' },
};

/** Backgrounds the marks sit on, per theme (the page and the panels): marks need 3:1 on each. */
export const BACKGROUNDS: Record<ThemeName, string[]> = {
  light: ['#ffffff', '#f6f5f2', '#efeee9'],
  dark: ['#14171b', '#1e2228', '#181b20'],
};

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
