/**
 * Filtering and search (issue « Side panels »): filters match actions. Values within one facet are
 * OR-ed, facets are AND-ed, and the search text is one more AND-ed facet. A territory matches when at
 * least one of its actions matches. Pure functions: the state derives from them.
 */
import type { Action, Territory } from '../data/schema';
import type { AudienceId, AxisId, FormatId, LeverId, TerritoryId } from '../data/ids';

export interface Criteria {
  leviers: readonly LeverId[];
  axes: readonly AxisId[];
  publics: readonly AudienceId[];
  formats: readonly FormatId[];
  q: string;
}

/** Lower case, accents and punctuation folded: « Mobilité » and « mobilite » are the same word. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`´]/g, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function isActive(c: Criteria): boolean {
  return c.leviers.length + c.axes.length + c.publics.length + c.formats.length > 0 || normalize(c.q) !== '';
}

/** What search looks through for one territory: names, strategy, EPCIs and communes. */
export function territoryHaystack(t: Territory): string {
  return normalize(
    [
      t.name,
      t.shortName,
      t.strategy.text,
      t.strategy.en,
      t.region.name,
      ...t.departements.map((d) => d.name),
      ...t.epcis.map((e) => e.name),
      ...t.communes.map((c) => c.name),
    ].join(' | '),
  );
}

export function actionHaystack(a: Action): string {
  return normalize(`${a.text} | ${a.textEn}`);
}

/** Every query word must appear (as the start of a word) somewhere in the haystack. */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = normalize(query).split(' ').filter(Boolean);
  if (!words.length) return true;
  const padded = ` ${haystack} `;
  return words.every((w) => padded.includes(` ${w}`));
}

export interface FilterIndex {
  actions: readonly Action[];
  territories: readonly Territory[];
  actionText: ReadonlyMap<string, string>;
  territoryText: ReadonlyMap<TerritoryId, string>;
}

export function buildIndex(actions: readonly Action[], territories: readonly Territory[]): FilterIndex {
  return {
    actions,
    territories,
    actionText: new Map(actions.map((a) => [a.id, actionHaystack(a)])),
    territoryText: new Map(territories.map((t) => [t.id, territoryHaystack(t)])),
  };
}

const anyOf = <T>(wanted: readonly T[], have: readonly T[]) =>
  wanted.length === 0 || wanted.some((w) => have.includes(w));

export function actionMatches(index: FilterIndex, a: Action, c: Criteria): boolean {
  if (!anyOf(c.leviers, a.levers)) return false;
  if (!anyOf(c.axes, a.axes)) return false;
  if (!anyOf(c.publics, a.audiences)) return false;
  if (c.formats.length && !c.formats.includes(a.format)) return false;
  if (normalize(c.q)) {
    const own = index.actionText.get(a.id) ?? '';
    const territory = index.territoryText.get(a.territory) ?? '';
    // A query word may be met in the action or in its territory (« creusot formation »).
    if (!matchesQuery(`${own} | ${territory}`, c.q)) return false;
  }
  return true;
}

export interface FilterResult {
  actions: Set<string>;
  territories: Set<TerritoryId>;
}

export function applyFilters(index: FilterIndex, c: Criteria): FilterResult {
  const actions = new Set<string>();
  const territories = new Set<TerritoryId>();
  for (const a of index.actions) {
    if (actionMatches(index, a, c)) {
      actions.add(a.id);
      territories.add(a.territory);
    }
  }
  return { actions, territories };
}
