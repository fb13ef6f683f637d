/**
 * Lever frequency (issue chart 5): for each lever, how many territories and how many actions use it,
 * sorted by territories, then actions, then the levers' canonical order.
 */
import type { LeverId } from '../data/ids';
import type { Grid } from './matrix';
import { byTotal } from './order';

export interface LeverFrequency {
  lever: LeverId;
  territories: number;
  actions: number;
  /** Per territory using the lever (canonical order): its actions with the lever. */
  byTerritory: { territory: string; actions: readonly string[] }[];
}

export function leverFrequency(matrix: Grid<LeverId>): LeverFrequency[] {
  return byTotal(matrix.colRows, matrix.colActions).map((c) => ({
    lever: matrix.cols[c]!,
    territories: matrix.colRows[c]!,
    actions: matrix.colActions[c]!,
    byTerritory: matrix.rows
      .map((territory, r) => ({ territory, actions: matrix.cells[r]![c]! }))
      .filter((x) => x.actions.length > 0),
  }));
}
