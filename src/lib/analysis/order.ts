/**
 * Row and column orders of the charts. One order for the territories is shared by the matrix, the axes
 * profile, the audiences and the similarity chart, so a territory keeps its row from chart to chart.
 */
import type { Grid } from './matrix';
import { jaccardDistances } from './jaccard';
import { rowSets } from './matrix';
import { seriate } from './seriation';

export const ORDERS = ['canonique', 'total', 'alpha', 'similarite'] as const;
export type OrderKind = (typeof ORDERS)[number];

/** The identity permutation: the canonical order (the source's, PRODUCT.md « Ids and canonical order »). */
export const canonical = (n: number): number[] => Array.from({ length: n }, (_, i) => i);

/**
 * By total: more distinct tags first, then more actions, then canonical. `distinct` and `actions` are
 * per item (rows: levers used and actions; columns: territories using the lever and its actions).
 */
export function byTotal(distinct: readonly number[], actions: readonly number[]): number[] {
  return canonical(distinct.length).sort(
    (a, b) => distinct[b]! - distinct[a]! || actions[b]! - actions[a]! || a - b,
  );
}

/** Alphabetical in the active locale (accents and case folded the way a reader expects), then canonical. */
export function alphabetical(labels: readonly string[], locale: string): number[] {
  const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
  return canonical(labels.length).sort((a, b) => collator.compare(labels[a]!, labels[b]!) || a - b);
}

/** By similarity: seriation of the rows' tag sets on Jaccard distance. */
export function bySimilarity<T>(sets: readonly ReadonlySet<T>[]): number[] {
  return seriate(jaccardDistances(sets), sets.length);
}

/** The territories' order (indices into `grid.rows`) for the lever matrix `grid`. */
export function rowOrder(kind: OrderKind, grid: Grid, labels: readonly string[], locale: string): number[] {
  switch (kind) {
    case 'canonique':
      return canonical(grid.rows.length);
    case 'total':
      return byTotal(grid.rowDistinct, grid.rowActions);
    case 'alpha':
      return alphabetical(labels, locale);
    case 'similarite':
      return bySimilarity(rowSets(grid));
  }
}

/** The levers' order (indices into `grid.cols`): the same rule applied to the columns. */
export function colOrder(kind: OrderKind, grid: Grid, labels: readonly string[], locale: string): number[] {
  switch (kind) {
    case 'canonique':
      return canonical(grid.cols.length);
    case 'total':
      return byTotal(grid.colRows, grid.colActions);
    case 'alpha':
      return alphabetical(labels, locale);
    case 'similarite': {
      // Each lever's set of territories: levers used by the same territories end up side by side.
      const sets = grid.cols.map(
        (_, c) => new Set(grid.rows.filter((_, r) => grid.cells[r]![c]!.length > 0)),
      );
      return bySimilarity(sets);
    }
  }
}
