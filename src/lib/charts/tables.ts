/**
 * The numbers behind each chart as a table: one model drawn as the accessible HTML table and written as
 * the CSV, so the two cannot disagree with each other or with the marks (the component tests compare
 * them). Rows and columns follow the chart's current order; labels are the full ones.
 */
// Table headers are chart strings: importing them registers them.
import '../i18n/charts';
import type { LeverId } from '../data/ids';
import { index, num, type Translate } from './format';
import type { LeverFrequency } from '../analysis/frequency';
import type { Similarity } from '../analysis/jaccard';
import { UNSPECIFIED, type AudienceColumn, type Grid } from '../analysis/matrix';
import type { ChartData } from '../analysis/model';
import type { ChartId } from '../state/url';

export type TableValue = number | string | null;

export interface TableColumn {
  id: string;
  label: string;
  /** A lever's, axis's or audience's one-line definition, shown on the header's hover and focus. */
  definition?: string | undefined;
}

export interface TableRow {
  id: string;
  label: string;
  definition?: string | undefined;
  values: TableValue[];
  /**
   * What the screen's table writes in each cell, where the number alone would not say what it means
   * (« 2 sur 3 (0,67) »); the CSV keeps `values`.
   */
  texts?: (string | null)[];
}

export interface TableModel {
  caption: string;
  /** Header of the row-header column. */
  corner: string;
  columns: TableColumn[];
  rows: TableRow[];
  /** Total rows, after the data. */
  footers: TableRow[];
}

const byId = <T extends { id: string }>(items: readonly T[]) => new Map(items.map((x) => [x.id, x]));

/** A grid chart's table: its columns, then one row per territory of `grid` in the display order `rows`. */
function byTerritory(
  chart: ChartId,
  data: ChartData,
  grid: Grid,
  rows: readonly number[],
  t: Translate,
  table: { columns: TableColumn[]; values: (r: number) => TableValue[]; footers: TableRow[] },
): TableModel {
  const territories = byId(data.territories);
  return {
    caption: t(`charts.title.${chart}`),
    corner: t('charts.table.territory'),
    columns: table.columns,
    rows: rows.map((r) => ({
      id: grid.rows[r]!,
      label: territories.get(grid.rows[r]!)!.name,
      values: table.values(r),
    })),
    footers: table.footers,
  };
}

export function matrixTable(
  data: ChartData,
  grid: Grid<LeverId>,
  rows: readonly number[],
  cols: readonly number[],
  t: Translate,
): TableModel {
  const levers = byId(data.levers);
  return byTerritory('matrice', data, grid, rows, t, {
    columns: [
      ...cols.map((c) => {
        const l = levers.get(grid.cols[c]!)!;
        return { id: l.id, label: l.label, definition: l.definition };
      }),
      { id: 'distinct', label: t('charts.table.distinct') },
      { id: 'actions', label: t('charts.table.actions') },
    ],
    values: (r) => [...cols.map((c) => grid.cells[r]![c]!.length), grid.rowDistinct[r]!, grid.rowActions[r]!],
    footers: [
      {
        id: 'territories',
        label: t('charts.table.territories'),
        values: [...cols.map((c) => grid.colRows[c]!), null, null],
      },
      {
        id: 'actions',
        label: t('charts.table.leverActions'),
        values: [...cols.map((c) => grid.colActions[c]!), null, null],
      },
    ],
  });
}

export function axesTable(data: ChartData, grid: Grid, rows: readonly number[], t: Translate): TableModel {
  const axes = byId(data.axes);
  return byTerritory('axes', data, grid, rows, t, {
    columns: [
      ...grid.cols.map((id) => ({ id, label: axes.get(id)!.short, definition: axes.get(id)!.definition })),
      { id: 'total', label: t('charts.table.total') },
    ],
    values: (r) => [...grid.cells[r]!.map((c) => c.length), grid.rowTags[r]!],
    footers: [
      {
        id: 'total',
        label: t('charts.table.audienceTotal'),
        values: [...grid.colActions, grid.rowTags.reduce((s, x) => s + x, 0)],
      },
    ],
  });
}

export function audiencesTable(
  data: ChartData,
  grid: Grid<AudienceColumn>,
  rows: readonly number[],
  t: Translate,
): TableModel {
  const audiences = byId(data.audiences);
  return byTerritory('publics', data, grid, rows, t, {
    columns: grid.cols.map((id) => ({
      id,
      label: id === UNSPECIFIED ? t('charts.publics.unspecifiedLong') : audiences.get(id)!.label,
      definition: id === UNSPECIFIED ? undefined : audiences.get(id)!.definition,
    })),
    values: (r) => grid.cells[r]!.map((c) => c.length),
    footers: [{ id: 'total', label: t('charts.table.audienceTotal'), values: [...grid.colActions] }],
  });
}

export function similarityTable(
  data: ChartData,
  ids: readonly string[],
  matrix: readonly (readonly Similarity<unknown>[])[],
  order: readonly number[],
  t: Translate,
  locale: string,
): TableModel {
  const territories = byId(data.territories);
  return {
    caption: `${t('charts.title.similarite')}. ${t('charts.table.similarity')}`,
    corner: t('charts.table.territory'),
    columns: order.map((j) => ({ id: ids[j]!, label: territories.get(ids[j]!)!.short })),
    rows: order.map((i) => ({
      id: ids[i]!,
      label: territories.get(ids[i]!)!.name,
      // The CSV keeps the share to 4 decimals.
      values: order.map((j) => {
        const v = matrix[i]![j]!.value;
        return v === null ? null : Math.round(v * 10_000) / 10_000;
      }),
      // The screen says the count first, the share after it, rounded as the chart shows it.
      texts: order.map((j) => {
        const s = matrix[i]![j]!;
        return s.value === null
          ? null
          : t('charts.similarity.tableCell', {
              shared: num(s.shared.length, locale),
              union: num(s.union, locale),
              value: index(s.value, locale),
            });
      }),
    })),
    footers: [],
  };
}

export function frequencyTable(data: ChartData, freq: readonly LeverFrequency[], t: Translate): TableModel {
  const levers = byId(data.levers);
  return {
    caption: t('charts.title.frequence'),
    corner: t('charts.table.lever'),
    columns: [
      { id: 'territories', label: t('charts.table.territories') },
      { id: 'actions', label: t('charts.table.leverActions') },
    ],
    rows: freq.map((f) => ({
      id: f.lever,
      label: levers.get(f.lever)!.label,
      definition: levers.get(f.lever)!.definition,
      values: [f.territories, f.actions],
    })),
    footers: [],
  };
}
