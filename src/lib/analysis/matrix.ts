/**
 * Territory × tag counts: the lever matrix, the axes profile and the audiences grid are one computation
 * over different tags. A cell holds the ids of the actions behind it, so a mark, its tooltip, its table
 * cell and its CSV cell all come from the same list.
 */
import type { AudienceId, AxisId, LeverId } from '../data/ids';
import type { ChartAction, ChartData } from './model';

export interface Grid<C extends string = string> {
  /** Territory ids, canonical order. */
  rows: readonly string[];
  /** Tag ids, in the vocabulary's order. */
  cols: readonly C[];
  /** `cells[r][c]`: ids of the actions of territory r tagged c, in source order. */
  cells: readonly (readonly string[])[][];
  /** Per row: how many columns hold at least one action (distinct tags used). */
  rowDistinct: readonly number[];
  /** Per row: the retained actions of the territory. */
  rowActions: readonly number[];
  /** Per row: the sum of its cells (tags counted). */
  rowTags: readonly number[];
  /** Per column: how many rows hold at least one action (territories using the tag). */
  colRows: readonly number[];
  /** Per column: the sum of its cells (actions with the tag, since an action carries a tag at most once). */
  colActions: readonly number[];
  /** The largest cell. */
  max: number;
}

/** Counts `actions` by territory and by the tags `tagsOf` gives each action. */
export function tagGrid<C extends string>(
  territoryIds: readonly string[],
  cols: readonly C[],
  actions: readonly ChartAction[],
  tagsOf: (a: ChartAction) => readonly C[],
): Grid<C> {
  const rowIndex = new Map(territoryIds.map((id, i) => [id, i]));
  const colIndex = new Map(cols.map((id, i) => [id, i]));
  const cells = territoryIds.map(() => cols.map(() => [] as string[]));
  const rowActions = territoryIds.map(() => 0);
  for (const a of actions) {
    const r = rowIndex.get(a.territory);
    if (r === undefined) continue;
    rowActions[r]!++;
    for (const tag of new Set(tagsOf(a))) {
      const c = colIndex.get(tag);
      if (c !== undefined) cells[r]![c]!.push(a.id);
    }
  }
  let max = 0;
  for (const row of cells) for (const cell of row) max = Math.max(max, cell.length);
  return {
    rows: territoryIds,
    cols,
    cells,
    rowDistinct: cells.map((row) => row.filter((c) => c.length > 0).length),
    rowActions,
    rowTags: cells.map((row) => row.reduce((s, c) => s + c.length, 0)),
    colRows: cols.map((_, c) => cells.filter((row) => row[c]!.length > 0).length),
    colActions: cols.map((_, c) => cells.reduce((s, row) => s + row[c]!.length, 0)),
    max,
  };
}

/** Territories × levers (issue chart 1). */
export function leverMatrix(data: ChartData, actions: readonly ChartAction[]): Grid<LeverId> {
  return tagGrid(
    data.territories.map((t) => t.id),
    data.levers.map((l) => l.id),
    actions,
    (a) => a.levers,
  );
}

/** Territories × the Fabrique's three axes, counting axis tags (issue chart 2). */
export function axisSplit(data: ChartData, actions: readonly ChartAction[]): Grid<AxisId> {
  return tagGrid(
    data.territories.map((t) => t.id),
    data.axes.map((a) => a.id),
    actions,
    (a) => a.axes,
  );
}

/** The column of actions that name no audience (DOMAIN.md: shown as « public non précisé »). */
export const UNSPECIFIED = 'non-precise';
export type AudienceColumn = AudienceId | typeof UNSPECIFIED;

/** Territories × audiences, counting audience tags, plus the actions that name none (issue chart 3). */
export function audienceGrid(data: ChartData, actions: readonly ChartAction[]): Grid<AudienceColumn> {
  const cols: AudienceColumn[] = [...data.audiences.map((a) => a.id), UNSPECIFIED];
  return tagGrid(
    data.territories.map((t) => t.id),
    cols,
    actions,
    (a) => (a.audiences.length ? a.audiences : [UNSPECIFIED]),
  );
}

/** Per row, the set of columns it uses: the lever sets that similarity compares. */
export function rowSets<C extends string>(grid: Grid<C>): Set<C>[] {
  return grid.cells.map((row) => new Set(grid.cols.filter((_, c) => row[c]!.length > 0)));
}
