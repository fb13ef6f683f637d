/**
 * Where the footer's public-sector links point (PRODUCT.md « Public-sector obligations »): the pages built
 * beside index.html, or, in the single file, the same texts embedded in it (vite.config.ts, `legalSections`).
 */
export type LegalPage = 'accessibilite' | 'mentions-legales' | 'donnees';

export function legalHref(page: LegalPage): string {
  return import.meta.env.MODE === 'single' ? `#${page}` : `./${page}.html`;
}
