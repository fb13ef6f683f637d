/**
 * What each chart hands its layout: labels, totals and headers in the active language, in display
 * order. Shared by the components and by the layout tests, so the tests lay out exactly what the
 * screen shows.
 */
import type { LeverId } from '../data/ids';
import { SIMILARITY_STEPS } from '../theme/chart-colours';
import { num, type Translate } from './format';
import type { LeverFrequency } from '../analysis/frequency';
import type { BarsInput } from './layout/axes';
import type { FrequencyInput } from './layout/frequency';
import type { GridInput } from './layout/grid';
import type { TriangleInput } from './layout/similarity';
import { UNSPECIFIED, type AudienceColumn, type Grid } from '../analysis/matrix';
import type { ChartData } from '../analysis/model';

/** A grid's labels and totals, by row and column index (not yet in display order). */
export interface GridLabels {
  territoryLabels: readonly string[];
  tagLabels: readonly string[];
  territoryTotals: readonly string[] | null;
  territoryTotalsHeader: string | null;
  tagTotals: readonly string[] | null;
  tagTotalsHeader: string | null;
}

/** The lever matrix: totals are « distinct (actions) » both ways. */
export function matrixLabels(data: ChartData, grid: Grid<LeverId>, t: Translate, locale: string): GridLabels {
  const n = (v: number) => num(v, locale);
  return {
    territoryLabels: data.territories.map((x) => x.short),
    tagLabels: data.levers.map((l) => l.short),
    territoryTotals: grid.rows.map((_, r) => `${n(grid.rowDistinct[r]!)} (${n(grid.rowActions[r]!)})`),
    territoryTotalsHeader: t('charts.matrix.rowTotal'),
    tagTotals: grid.cols.map((_, c) => `${n(grid.colRows[c]!)} (${n(grid.colActions[c]!)})`),
    tagTotalsHeader: t('charts.matrix.colTotal'),
  };
}

/** The audiences: no row totals (a territory's actions are in the matrix); column totals of tags. */
export function audienceLabels(
  data: ChartData,
  grid: Grid<AudienceColumn>,
  t: Translate,
  locale: string,
): GridLabels {
  const audiences = new Map(data.audiences.map((a) => [a.id as string, a]));
  return {
    territoryLabels: data.territories.map((x) => x.short),
    tagLabels: grid.cols.map((g) =>
      g === UNSPECIFIED ? t('charts.publics.unspecified') : audiences.get(g)!.short,
    ),
    territoryTotals: null,
    territoryTotalsHeader: null,
    tagTotals: grid.colActions.map((v) => num(v, locale)),
    tagTotalsHeader: t('charts.publics.total'),
  };
}

export function gridInput(
  labels: GridLabels,
  rowOrder: readonly number[],
  colOrder: readonly number[],
  width: number,
  max: number,
  dense: boolean,
): GridInput {
  return {
    width,
    territories: {
      labels: rowOrder.map((r) => labels.territoryLabels[r]!),
      totals: labels.territoryTotals ? rowOrder.map((r) => labels.territoryTotals![r]!) : null,
      totalsHeader: labels.territoryTotalsHeader,
    },
    tags: {
      labels: colOrder.map((c) => labels.tagLabels[c]!),
      totals: labels.tagTotals ? colOrder.map((c) => labels.tagTotals![c]!) : null,
      totalsHeader: labels.tagTotalsHeader,
    },
    max,
    allowTranspose: true,
    dense,
  };
}

export function axesInput(
  data: ChartData,
  grid: Grid,
  rows: readonly number[],
  width: number,
  t: Translate,
  locale: string,
  dense: boolean,
  max: number,
): BarsInput {
  return {
    width,
    labels: rows.map((r) => data.territories[r]!.short),
    panels: data.axes.map((a) => ({ title: a.short, subtitle: a.label })),
    values: rows.map((r) => grid.cells[r]!.map((c) => c.length)),
    totals: rows.map((r) => num(grid.rowTags[r]!, locale)),
    totalsHeader: t('charts.axes.total'),
    dense,
    max,
  };
}

export function similarityInput(
  labels: readonly string[],
  width: number,
  t: Translate,
  locale: string,
  dense: boolean,
): TriangleInput {
  return {
    width,
    labels,
    dense,
    legendTitle: t('charts.similarity.legend'),
    legendClasses: [0, ...SIMILARITY_STEPS, 1].map((v, k, all) =>
      k === 0 ? num(0, locale) : `${num(all[k - 1]!, locale, 1)}–${num(v, locale, 1)}`,
    ),
  };
}

export function frequencyInput(
  data: ChartData,
  freq: readonly LeverFrequency[],
  width: number,
  t: Translate,
  locale: string,
): FrequencyInput {
  const levers = new Map(data.levers.map((l) => [l.id as string, l]));
  return {
    width,
    levers: freq.map((f) => ({ label: levers.get(f.lever)!.label, short: levers.get(f.lever)!.short })),
    territories: freq.map((f) => f.territories),
    actions: freq.map((f) => f.actions),
    of: data.territories.length,
    headers: { territories: t('charts.frequency.territories'), actions: t('charts.frequency.actions') },
    locale,
  };
}
