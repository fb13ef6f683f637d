/**
 * Advance widths of the atlas's font, Source Sans 3 (SIL OFL), regular and bold, in thousandths of an em:
 * every code point the bundled woff2 files map, read from the files themselves at build time by the
 * `atlas:font-metrics` plugin (vite.config.ts, with fontkit; the parser never reaches the browser). Labels
 * are measured with this table rather than with a canvas, so that a layout is the same in Node, jsdom, the
 * browser and the exports, and so that no measurement waits for the font to load (it is
 * `font-display: optional`).
 */
export { BOLD, CODES, REGULAR } from 'virtual:atlas-font-metrics';
