/**
 * The presentation tour, in canonical order (PRODUCT.md): the overview, each territory, then the
 * comparison charts. Pure: a step is applied to the URL state like any link.
 */
import { TERRITORY_IDS, type TerritoryId } from '../data/ids';
import { CHARTS, type ChartId, type UrlState } from '../state/url';

export type Step =
  { kind: 'overview' } | { kind: 'territory'; id: TerritoryId } | { kind: 'chart'; chart: ChartId };

export const TOUR: readonly Step[] = [
  { kind: 'overview' },
  ...TERRITORY_IDS.map((id): Step => ({ kind: 'territory', id })),
  ...CHARTS.map((chart): Step => ({ kind: 'chart', chart })),
];

export function applyStep(url: UrlState, step: Step): void {
  url.comparer = [];
  switch (step.kind) {
    case 'overview':
      url.territoire = null;
      url.vue = 'carte';
      break;
    case 'territory':
      url.territoire = step.id;
      url.vue = 'carte';
      break;
    case 'chart':
      url.territoire = null;
      url.vue = 'graphiques';
      url.graphique = step.chart;
      break;
  }
}

/** The step that best matches the current view, so a tour started anywhere starts there. */
export function currentStep(url: UrlState): number {
  if (url.vue === 'graphiques') {
    const i = TOUR.findIndex((s) => s.kind === 'chart' && s.chart === (url.graphique ?? 'matrice'));
    return Math.max(0, i);
  }
  if (url.territoire)
    return Math.max(
      0,
      TOUR.findIndex((s) => s.kind === 'territory' && s.id === url.territoire),
    );
  return 0;
}
