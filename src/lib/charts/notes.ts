/**
 * The notes of a chart: the territories whose list of actions the source leaves open (under the
 * reading guide), and the filters on (under the chart, so that the chart does not move when a filter
 * comes or goes), with what the dotted ghosts mean where a chart draws them.
 */
import type { Translate } from './format';
import { list } from './format';
import type { ChartData } from '../analysis/model';

export function openEndedNote(data: ChartData, t: Translate, locale: string): string {
  const open = data.territories.filter((x) => x.openEnded).map((x) => x.short);
  return open.length ? t('charts.openEnded', { names: list(open, locale), n: data.actions.length }) : '';
}

export function filterNote(
  data: ChartData,
  matching: ReadonlySet<string> | null,
  t: Translate,
  ghosts: boolean,
): string {
  if (!matching) return '';
  const n = data.actions.filter((a) => matching.has(a.id)).length;
  return t(ghosts ? 'charts.filtered' : 'charts.filteredShort', { n, total: data.actions.length });
}
