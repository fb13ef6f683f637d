/**
 * « En bref »: one or two sentences that state a view's main reading, computed from the data in the
 * data's language (issue #15). One module for every view: the overview (from brief-overview.ts, the part
 * the first screen carries), the filtered state (the filters named, what remains), a territory (its
 * levers, the main ones, and its nearest territory), a comparison (what is shared, what is unique to
 * each), and each of the five charts.
 * Pure; the views show the sentences, the charts use them as their accessible description, and the
 * exports can use `briefText` as alternative text.
 */
import '../i18n/brief';
import type { AudienceId, AxisId, LeverId } from '../data/ids';
import {
  and,
  briefText,
  count,
  eachCount,
  leverReachSentence,
  overviewBrief,
  say,
  territoriesCount,
  type Brief,
  type BriefData,
} from './brief-overview';
import { UNSPECIFIED, audienceGrid, axisSplit, leverMatrix, rowSets, type Grid } from './matrix';
import { retained, type ChartData, type Lang } from './model';
import { leverSets, nearestTerritories, pairExtremes, type Pair } from './nearest';

export { briefText, overviewBrief, type Brief, type BriefData };

/** The filters as the URL holds them (state/url.ts `UrlState`'s fields). */
export interface BriefCriteria {
  leviers: readonly string[];
  axes: readonly string[];
  publics: readonly string[];
  formats: readonly string[];
  q: string;
}
export type BriefFacet = 'leviers' | 'axes' | 'publics' | 'formats';

/** The five charts (state/url.ts `ChartId`: the same values; analysis/ reads no state). */
export type BriefChart = 'matrice' | 'axes' | 'publics' | 'similarite' | 'frequence';

/** Every view « En bref » speaks for. */
export type BriefView<T extends string = string> =
  | { kind: 'overview' }
  | { kind: 'territory'; id: T }
  | { kind: 'compare'; ids: readonly T[] }
  | { kind: 'chart'; chart: BriefChart; matching: ReadonlySet<string> | null };

/** The sentences of `view` (the filtered state has its own entry, `filterBrief`: it needs the filters). */
export function brief<T extends string>(data: ChartData<T>, view: BriefView<T>): Brief {
  switch (view.kind) {
    case 'overview':
      return overviewBrief(data);
    case 'territory':
      return territoryBrief(data, view.id);
    case 'compare':
      return compareBrief(data, view.ids);
    case 'chart':
      return chartBrief(data, view.chart, view.matching);
  }
}

const levers = (lang: Lang, n: number) => count(lang, 'brief.count.levers', n);
const shortOf = (data: BriefData) => {
  const short = new Map<string, string>(data.levers.map((l) => [l.id, l.short]));
  return (id: string) => short.get(id) ?? id;
};
const nameOf = (data: BriefData) => {
  const short = new Map<string, string>(data.territories.map((t) => [t.id, t.short]));
  return (id: string) => short.get(id) ?? id;
};
/** « A, B ou C » / “A, B or C”: values of one filter, any of which an action may have. */
function or(lang: Lang, items: readonly string[]): string {
  if (items.length < 2) return items[0] ?? '';
  return say(lang, 'brief.or', { a: items.slice(0, -1).join(', '), b: items.at(-1)! });
}

/** « A ; B ; C ». */
const semicolons = (lang: Lang, items: readonly string[]) =>
  items.reduce((a, b) => say(lang, 'brief.semicolon', { a, b }));

/** Each territory's levers over all its actions, in vocabulary order. */
function allLeverSets<T extends string>(data: BriefData<T>) {
  return leverSets(
    data.territories.map((t) => t.id),
    data.actions,
    data.levers.map((l) => l.id),
  );
}

/**
 * A territory: how many levers its actions use and the main ones (those most of its actions use, when
 * they stand out), then its nearest territory by shared levers, or the ones tied for nearest. Filters
 * aside: the card is about the territory.
 */
export function territoryBrief<T extends string>(data: BriefData<T>, id: T): Brief {
  const { lang } = data;
  const name = nameOf(data);
  const short = shortOf(data);
  const own = data.actions.filter((a) => a.territory === id);
  if (!own.length) return [say(lang, 'brief.territory.none', { name: name(id) })];
  const open = data.territories.find((t) => t.id === id)?.openEnded ?? false;
  const uses = new Map<LeverId, number>();
  for (const a of own) for (const l of new Set(a.levers)) uses.set(l, (uses.get(l) ?? 0) + 1);
  const ranked = data.levers.map((l) => l.id).filter((l) => uses.has(l));
  const max = Math.max(...uses.values());
  const main = ranked.filter((l) => uses.get(l) === max);
  const others = ranked.filter((l) => uses.get(l) !== max);
  const vars = {
    name: name(id),
    levers: levers(lang, ranked.length),
    actions: count(lang, open ? 'brief.its.named' : 'brief.its.actions', own.length),
  };
  const first = others.length
    ? say(lang, 'brief.territory.mainThen', {
        ...vars,
        main: and(lang, main.map(short)),
        count: eachCount(lang, main.length, count(lang, 'panels.count.actions', max)),
        others: and(lang, others.map(short)),
      })
    : say(lang, 'brief.territory.list', { ...vars, list: and(lang, ranked.map(short)) });
  const order = data.territories.map((t) => t.id);
  const near = nearestTerritories(id, allLeverSets(data), order, 1)[0];
  if (!near) return [first, say(lang, 'brief.nearest.none')];
  const tied = [near.id, ...near.tiedWith].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const second =
    tied.length > 1
      ? say(lang, 'brief.nearest.other', {
          names: and(lang, tied.map(name)),
          shared: levers(lang, near.shared.length),
          union: near.union,
        })
      : say(lang, 'brief.nearest.one', {
          name: name(near.id),
          shared: levers(lang, near.shared.length),
          union: near.union,
          list: and(lang, near.shared.map(short)),
        });
  return [first, second];
}

/** A comparison of two to four territories: the levers all share, then those only one of them uses. */
export function compareBrief<T extends string>(data: BriefData<T>, ids: readonly T[]): Brief {
  const { lang } = data;
  const name = nameOf(data);
  const short = shortOf(data);
  const sets = allLeverSets(data);
  const of = (id: T) => sets.get(id) ?? new Set<LeverId>();
  const vocab = data.levers.map((l) => l.id);
  const shared = vocab.filter((l) => ids.length > 0 && ids.every((id) => of(id).has(l)));
  const names = and(lang, ids.map(name));
  const two = ids.length === 2;
  const first = shared.length
    ? say(lang, two ? 'brief.compare.shared2' : 'brief.compare.sharedN', {
        names,
        n: ids.length,
        count: levers(lang, shared.length),
        list: and(lang, shared.map(short)),
      })
    : say(lang, two ? 'brief.compare.none2' : 'brief.compare.noneN', { names, n: ids.length });
  const unique = ids.map((id) => ({
    id,
    levers: vocab.filter((l) => of(id).has(l) && ids.every((o) => o === id || !of(o).has(l))),
  }));
  const total = unique.reduce((n, u) => n + u.levers.length, 0);
  if (!total) return [first, say(lang, 'brief.compare.noUnique')];
  const items = unique
    .filter((u) => u.levers.length)
    .map((u) => say(lang, 'brief.compare.item', { list: and(lang, u.levers.map(short)), name: name(u.id) }));
  const without = unique.filter((u) => !u.levers.length).map((u) => name(u.id));
  if (without.length) items.push(say(lang, 'brief.compare.noneFor', { names: and(lang, without) }));
  return [first, count(lang, 'brief.compare.unique', total, { items: semicolons(lang, items) })];
}

/** The keys with the largest and with the smallest value, each group in the keys' order. */
function extremes<K>(keys: readonly K[], value: (k: K) => number) {
  const vs = keys.map(value);
  const most = Math.max(...vs);
  const least = Math.min(...vs);
  return {
    most,
    least,
    top: keys.filter((_, i) => vs[i] === most),
    bottom: keys.filter((_, i) => vs[i] === least),
  };
}

/** « A mobilise le plus de leviers (4), B le moins (2). » */
function mostAndLeast<K>(
  lang: Lang,
  names: (keys: readonly K[]) => string,
  e: ReturnType<typeof extremes<K>>,
  mostKey: 'brief.matrix.most' | 'brief.axes.most',
  vars: Record<string, number> = {},
): string {
  const most = count(lang, mostKey, e.top.length, { names: names(e.top), n: e.most, ...vars });
  const least = count(lang, 'brief.least', e.bottom.length, { names: names(e.bottom), n: e.least });
  return say(lang, 'brief.both', { most, least });
}

/** The rows of `grid` that keep at least one action. */
const liveRows = (grid: Grid) => grid.rows.map((_, r) => r).filter((r) => grid.rowActions[r]! > 0);

function matrixBrief(data: ChartData, kept: ChartData['actions']): Brief {
  const { lang } = data;
  const grid = leverMatrix(data, kept);
  const rows = liveRows(grid);
  const name = nameOf(data);
  // Named up to four; a larger group (the bench's 200 territories) is counted.
  const names = (rs: readonly number[]) =>
    rs.length > 4
      ? territoriesCount(lang, rs.length)
      : and(
          lang,
          rs.map((r) => name(grid.rows[r]!)),
        );
  const e = extremes(rows, (r) => grid.rowDistinct[r]!);
  const first =
    e.most === e.least
      ? say(lang, 'brief.matrix.same', { levers: levers(lang, e.most) })
      : mostAndLeast(lang, names, e, 'brief.matrix.most');
  if (grid.max < 2) return [first];
  const short = shortOf(data);
  const items: string[] = [];
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      if (cell.length === grid.max)
        items.push(
          say(lang, 'brief.matrix.cellItem', { territory: name(grid.rows[r]!), lever: short(grid.cols[c]!) }),
        );
    }),
  );
  const cell = count(lang, 'panels.count.actions', grid.max);
  return [
    first,
    items.length > 3
      ? say(lang, 'brief.matrix.cellMany', { count: cell, n: items.length })
      : say(lang, 'brief.matrix.cell', { count: cell, items: and(lang, items) }),
  ];
}

function axesBrief(data: ChartData, kept: ChartData['actions']): Brief {
  const { lang } = data;
  const grid = axisSplit(data, kept);
  const axisShort = new Map<string, string>(data.axes.map((a) => [a.id, a.short]));
  const names = (ids: readonly string[]) =>
    and(
      lang,
      ids.map((id) => axisShort.get(id) ?? id),
    );
  const e = extremes<AxisId>(grid.cols, (g) => grid.colActions[grid.cols.indexOf(g)]!);
  // Each action counts once per axis it carries: these are tags, as the chart's guide says.
  const total = grid.colActions.reduce((s, n) => s + n, 0);
  const first =
    e.most === e.least
      ? say(lang, 'brief.axes.same', { n: e.most })
      : mostAndLeast(lang, names, e, 'brief.axes.most', { total });
  const rows = liveRows(grid);
  const all = rows
    .filter((r) => grid.rowDistinct[r] === grid.cols.length)
    .map((r) => nameOf(data)(grid.rows[r]!));
  const axes = grid.cols.length;
  const second =
    all.length === rows.length
      ? say(lang, 'brief.axes.coverAll', { axes })
      : all.length > 4
        ? say(lang, 'brief.axes.coverMany', { n: all.length, total: rows.length, axes })
        : count(lang, 'brief.axes.cover', all.length, {
            axes,
            names: and(lang, all),
            count: territoriesCount(lang, all.length),
          });
  return [first, second];
}

function publicsBrief(data: ChartData, kept: ChartData['actions']): Brief {
  const { lang } = data;
  const grid = audienceGrid(data, kept);
  const label = new Map<string, string>(data.audiences.map((a) => [a.id, a.label]));
  const named = grid.cols.filter((g): g is AudienceId => g !== UNSPECIFIED);
  const col = (g: string) => grid.cols.indexOf(g as AudienceId);
  const e = extremes(named, (g) => grid.colActions[col(g)]!);
  const out: string[] = [];
  if (e.most > 0)
    out.push(
      count(lang, 'brief.publics.top', e.top.length, {
        names: and(
          lang,
          e.top.map((g) => label.get(g) ?? g),
        ),
        actions: count(lang, 'panels.count.actions', e.most),
        territories: territoriesCount(lang, grid.colRows[col(e.top[0]!)]!),
      }),
    );
  out.push(
    count(lang, 'brief.publics.unspecified', grid.colActions[col(UNSPECIFIED)]!, { total: kept.length }),
  );
  return out;
}

function similarityBrief(data: ChartData, kept: ChartData['actions']): Brief {
  const { lang } = data;
  const grid = leverMatrix(data, kept);
  const rowLevers = rowSets(grid);
  const sets = new Map(grid.rows.map((id, r) => [id, rowLevers[r]!]));
  const { closest, farthest, pairs: all } = pairExtremes(sets, grid.rows);
  if (!all) return [say(lang, 'brief.similarity.none')];
  const name = nameOf(data);
  const pairs = (ps: readonly Pair[]) =>
    semicolons(
      lang,
      ps.map((p) => say(lang, 'brief.pair', { a: name(p.a), b: name(p.b) })),
    );
  const sentence = (kind: 'closest' | 'farthest', group: readonly Pair[]) => {
    const p = group[0]!;
    const vars = {
      pairs: pairs(group),
      count: count(lang, 'brief.count.pairs', group.length),
      shared: levers(lang, p.shared.length),
      union: p.union,
    };
    if (group.length > 3) return say(lang, `brief.similarity.${kind}Many`, vars);
    return count(lang, `brief.similarity.${kind}`, group.length, vars);
  };
  const out = [sentence('closest', closest)];
  // Every pair alike: there is no other end to speak of.
  if (closest.length === all) return out;
  if (farthest[0]!.shared.length > 0) out.push(sentence('farthest', farthest));
  else if (farthest.length > 3)
    out.push(
      say(lang, 'brief.similarity.apartMany', { count: count(lang, 'brief.count.pairs', farthest.length) }),
    );
  else out.push(say(lang, 'brief.similarity.apart', { pairs: pairs(farthest) }));
  return out;
}

function frequencyBrief(data: ChartData, kept: ChartData['actions']): Brief {
  const used = new Set(kept.flatMap((a) => a.levers));
  const unused = data.levers.filter((l) => !used.has(l.id)).length;
  const out = [leverReachSentence(data, kept)];
  if (unused) out.push(count(data.lang, 'brief.frequency.unused', unused));
  return out;
}

const CHART_BRIEFS: Record<BriefChart, (data: ChartData, kept: ChartData['actions']) => Brief> = {
  matrice: matrixBrief,
  axes: axesBrief,
  publics: publicsBrief,
  similarite: similarityBrief,
  frequence: frequencyBrief,
};

/** A chart's reading, from the actions it draws (those the filters keep, or all of them). */
export function chartBrief<T extends string>(
  data: ChartData<T>,
  chart: BriefChart,
  matching: ReadonlySet<string> | null,
): Brief {
  const kept = retained(data, matching);
  if (!kept.length) return [say(data.lang, 'brief.empty')];
  return CHART_BRIEFS[chart](data as ChartData, kept);
}

/**
 * A filtered state: the filters named (« Filtres : levier Mixité, recherche « femmes ». »), then how many
 * actions and territories remain, with their names when four or fewer. `label` names a filter's value as
 * the filters do; `matching` is what the filters keep.
 */
export function filterBrief(
  data: BriefData,
  criteria: BriefCriteria,
  matching: { actions: ReadonlySet<string>; territories: ReadonlySet<string> },
  label: (facet: BriefFacet, id: string) => string,
): Brief {
  const { lang } = data;
  const parts = (['leviers', 'axes', 'publics', 'formats'] as const)
    .filter((facet) => criteria[facet].length > 0)
    .map((facet) =>
      count(lang, `brief.facet.${facet}`, criteria[facet].length, {
        values: or(
          lang,
          criteria[facet].map((id) => label(facet, id)),
        ),
      }),
    );
  const q = criteria.q.trim();
  if (q) parts.push(say(lang, 'brief.facet.q', { q }));
  if (!parts.length) return [];
  const names = data.territories.filter((t) => matching.territories.has(t.id)).map((t) => t.short);
  const all = data.territories.length;
  const territories =
    names.length <= 4
      ? say(lang, 'brief.territories.named', {
          count: territoriesCount(lang, names.length),
          names: and(lang, names),
        })
      : say(lang, 'brief.territories.of', { n: names.length, total: all });
  return [
    count(lang, 'brief.filters', parts.length, { list: and(lang, parts) }),
    count(lang, 'brief.matching', matching.actions.size, { total: data.actions.length, territories }),
  ];
}
