/**
 * The search chunk's strings (src/lib/state/search-index.ts registers them when it builds its index): the
 * vocabulary hits, which only that chunk finds. Plain spaces before « : ; ! ? »: French goes through
 * `frenchTypography` in messages.ts.
 */

export const searchFr = {
  'panels.search.terms.one': '{n} filtre',
  'panels.search.terms.other': '{n} filtres',
  'panels.search.term': '{facet} : {label} — {count}',
} as const;

export const searchEn: Record<keyof typeof searchFr, string> = {
  'panels.search.terms.one': '{n} filter',
  'panels.search.terms.other': '{n} filters',
  'panels.search.term': '{facet}: {label} — {count}',
};
