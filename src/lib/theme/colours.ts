/**
 * Every colour the atlas paints, once, for the light and the dark theme (PRODUCT.md « Colour and type »).
 * Everything else is a view of this table: the stylesheet of custom properties generated at build time
 * (theme/css.ts, served by vite.config.ts), the charts' colours (palette.ts, chart-colours.ts), the MapLibre
 * paint (map/style.ts) and the exported files. No other file under src/ holds a colour literal
 * (tests/unit/colour-literals.test.ts); the contrast tests read this table.
 *
 * Levers get one palette per theme, in three hue families, one per axis (competences: blues,
 * recrutement: greens, qualite-de-vie: warm). Text pairs are ≥ 4.5:1 and marks ≥ 3:1 against their
 * backgrounds (tests/unit/contrast.test.ts, tests/unit/charts-colour.test.ts).
 */

export const THEMES = ['light', 'dark'] as const;
export type ThemeName = (typeof THEMES)[number];

/**
 * Black at the opacity a name's number says, for box shadows, and the overlays; the same in both themes:
 * a shadow darkens whatever it falls on.
 */
const SHADES = {
  'shadow-12': 'rgb(0 0 0 / 0.12)',
  'shadow-15': 'rgb(0 0 0 / 0.15)',
  'shadow-18': 'rgb(0 0 0 / 0.18)',
  'shadow-20': 'rgb(0 0 0 / 0.2)',
  'shadow-30': 'rgb(0 0 0 / 0.3)',
  'shadow-35': 'rgb(0 0 0 / 0.35)',
  /** Behind a modal dialog. */
  backdrop: 'rgb(0 0 0 / 0.45)',
  /** The cooperative-gestures hint over an embedded map, and its text. */
  overlay: 'rgb(0 0 0 / 0.6)',
  'on-overlay': '#ffffff',
};

const light = {
  /** The custom properties of `.atlas[data-theme=…]`, by their CSS name without the leading `--`. */
  tokens: {
    bg: '#f6f5f2',
    surface: '#ffffff',
    'surface-hover': '#f0efeb',
    'surface-sunken': '#efeee9',
    text: '#1c1f23',
    'text-muted': '#4f5660',
    border: '#d6d3cc',
    'border-strong': '#767b82',
    focus: '#1747c2',
    accent: '#b8460e',
    'accent-strong': '#8f340a',
    'on-accent': '#ffffff',
    danger: '#b42318',
    link: '#1747c2',
    'map-sea': '#dce6ec',
    'map-land': '#fbfaf7',
    'map-dep-line': '#d3cec4',
    'map-region-line': '#a39d91',
    'map-coast': '#7f8c96',
    'compare-1': '#b8460e',
    'compare-2': '#5b3fa6',
    'compare-3': '#0b6e5f',
    'compare-4': '#a3245a',
    'map-ti': '#c9c2b3',
    'map-ti-line': '#8f8778',
    'map-territory': '#3f5a7a',
    'map-territory-line': '#243a55',
    marker: '#243a55',
    'marker-ring': '#ffffff',
    'label-bg': 'rgb(255 255 255 / 0.88)',
    ...SHADES,
  },
  levers: {
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
  axes: { competences: '#1f4e9c', recrutement: '#17735a', 'qualite-de-vie': '#b13c17' },
  /**
   * Similarity classes, from « nothing in common » (close to the surface) to « the same levers ». Five
   * steps rather than a continuous ramp: a continuous ramp passes through mid-tones on which neither dark
   * nor light digits reach 4.5:1, and the cells carry their index as digits.
   */
  similarity: ['#f1f3f6', '#d3e0f2', '#a7c1e6', '#3d6cb4', '#1f4e9c'] as readonly string[],
  /** A dense similarity cell without an index (a filter left neither territory an action), on the canvas. */
  similarityNone: '#808080',
};

/** The shape every theme fills: the light theme's keys, each a CSS colour. */
export type Palette = typeof light;
export type TokenName = keyof Palette['tokens'];

const dark: Palette = {
  tokens: {
    bg: '#14171b',
    surface: '#1e2228',
    'surface-hover': '#282d34',
    'surface-sunken': '#181b20',
    text: '#eceff3',
    'text-muted': '#b3bac4',
    border: '#3a4048',
    'border-strong': '#8a929c',
    focus: '#8cb4ff',
    accent: '#f08a4b',
    'accent-strong': '#f6a673',
    'on-accent': '#1a1208',
    danger: '#ff8a80',
    link: '#9cbcff',
    'map-sea': '#0f1820',
    'map-land': '#262b31',
    'map-dep-line': '#3b4149',
    'map-region-line': '#5d6570',
    'map-coast': '#74818d',
    'compare-1': '#f08a4b',
    'compare-2': '#b9a3ff',
    'compare-3': '#5fd3b8',
    'compare-4': '#ff8fb8',
    'map-ti': '#4a4f57',
    'map-ti-line': '#7b828c',
    'map-territory': '#8ea8c8',
    'map-territory-line': '#c4d4e8',
    marker: '#c4d4e8',
    'marker-ring': '#14171b',
    'label-bg': 'rgb(30 34 40 / 0.88)',
    ...SHADES,
  },
  levers: {
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
  axes: { competences: '#8fb4ff', recrutement: '#6fd3a8', 'qualite-de-vie': '#ff9d76' },
  similarity: ['#262b33', '#2f4666', '#3f6399', '#7fa6e6', '#a9c6ff'],
  similarityNone: '#808080',
};

/** The table: theme → part → name → colour. */
export const COLOURS: Readonly<Record<ThemeName, Palette>> = { light, dark };

/**
 * Paper: whatever the screen's theme, a printed page is black on white (app.css `@media print`). Custom
 * properties of `:root`, so the page's own background can read them too.
 */
export const PRINT = { 'print-paper': '#ffffff', 'print-ink': '#000000', 'print-rule': '#999999' };

/** Exported pictures (slide, card) are light: a slide is projected on white far more often than not. */
export const FILE_THEME: ThemeName = 'light';
