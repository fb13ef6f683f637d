declare module 'virtual:atlas-font-metrics' {
  /**
   * Every code point the atlas's font maps, ascending, and its advance widths in thousandths of an em,
   * in the same order: read at build time from the woff2 files (vite.config.ts, `fontMetrics`).
   */
  export const CODES: readonly number[];
  /** Source Sans 3 Regular (400). */
  export const REGULAR: readonly number[];
  /** Source Sans 3 Bold (700). */
  export const BOLD: readonly number[];
}
