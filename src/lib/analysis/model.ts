/**
 * What the charts read: territories, actions and vocabularies in one language. The territory id is a type
 * parameter, so that the same charts draw the real eight (`TerritoryId`, what `fromDataset` gives) and the
 * synthetic 200 of the bench (plain strings); code that only counts takes any id (`string`, the default).
 */
import type { AudienceId, AxisId, LeverId, TerritoryId } from '../data/ids';
import type { CoreDataset } from '../data/schema';

export type Lang = 'fr' | 'en';

export interface ChartTerritory<T extends string = string> {
  id: T;
  /** The carrying structure's official name (tooltips, tables). */
  name: string;
  /** The label on the chart. */
  short: string;
  /** The source says the territory has more actions than it names (DOMAIN.md `openEnded`). */
  openEnded: boolean;
}

export interface ChartAction<T extends string = string> {
  id: string;
  territory: T;
  /** The source's words (with the recorded corrections): always French. */
  text: string;
  /** The atlas's English gloss, shown beside the source's words in English; null in French. */
  gloss: string | null;
  levers: readonly LeverId[];
  axes: readonly AxisId[];
  audiences: readonly AudienceId[];
}

export interface ChartTerm<Id extends string = string> {
  id: Id;
  label: string;
  short: string;
  /** What the term covers (DOMAIN.md), for the tooltips. */
  definition: string;
}

export interface ChartLever extends ChartTerm<LeverId> {
  axis: AxisId;
}

export interface ChartData<T extends string = string> {
  lang: Lang;
  /** In canonical order. */
  territories: readonly ChartTerritory<T>[];
  /** In source order. */
  actions: readonly ChartAction<T>[];
  /** In the vocabulary's canonical order. */
  levers: readonly ChartLever[];
  axes: readonly ChartTerm<AxisId>[];
  audiences: readonly ChartTerm<AudienceId>[];
}

/** The real data in one language. */
export function fromDataset(d: CoreDataset, lang: Lang): ChartData<TerritoryId> {
  return {
    lang,
    territories: d.territories.map((t) => ({
      id: t.id,
      name: t.name,
      short: t.shortName,
      openEnded: t.openEnded,
    })),
    actions: d.actions.map((a) => ({
      id: a.id,
      territory: a.territory,
      text: a.text,
      gloss: lang === 'en' ? a.textEn : null,
      levers: a.levers,
      axes: a.axes,
      audiences: a.audiences,
    })),
    levers: d.vocabularies.levers.map((l) => ({
      id: l.id,
      label: l.label[lang],
      short: l.short[lang],
      axis: l.axis,
      definition: l.definition[lang],
    })),
    axes: d.programme.axes.map((a) => ({
      id: a.id,
      label: a.label[lang],
      short: a.short[lang],
      definition: a.definition[lang],
    })),
    audiences: d.vocabularies.audiences.map((a) => ({
      id: a.id,
      label: a.label[lang],
      short: a.short[lang],
      definition: a.definition[lang],
    })),
  };
}

/** The actions of `data` that pass the filters: all of them when `matching` is null (no filter on). */
export function retained<T extends string>(
  data: ChartData<T>,
  matching: ReadonlySet<string> | null,
): readonly ChartAction<T>[] {
  return matching ? data.actions.filter((a) => matching.has(a.id)) : data.actions;
}
