/**
 * Filtering and search (issue « Side panels »): filters match actions. Values within one facet are
 * OR-ed, facets are AND-ed, and the search text is one more AND-ed facet. A territory matches when at
 * least one of its actions matches. Pure functions: the state derives from them, the tests mirror them.
 *
 * Search looks through action texts (French and English) and, for each territory, its names, its wider
 * Territoire d'industrie, EPCIs, communes, départements and région. The strategy phrase is left out on
 * purpose: « formation » in Brive's strategy would otherwise mark every Brive action as a match.
 *
 * The filters (`applyFilters`, `facetCount`) are first-screen code. The search box's ranked results
 * come with the search chunk (search-index.ts, loaded with the communes), which also adds to this index
 * what the first screen does without: stems, near spellings, stop words, each action's tags (labels and
 * synonyms) and the vocabulary. It only ever adds matches: a word is still looked for as written.
 */
import type { Action, CoreTerritory } from '../data/schema';
import type { AudienceId, AxisId, FormatId, LeverId, TerritoryId } from '../data/ids';
import type { TermKind } from '../data/search-terms';

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

/** The words of a query, normalised, duplicates folded. */
export function queryWords(query: string): string[] {
  return [...new Set(normalize(query).split(' ').filter(Boolean))];
}

export function isActive(c: Criteria): boolean {
  // A blank search is not normalized: its Unicode patterns are compiled on first use, off the first screen.
  return (
    c.leviers.length + c.axes.length + c.publics.length + c.formats.length > 0 ||
    (c.q.trim() !== '' && normalize(c.q) !== '')
  );
}

/** Where a query word was met in a territory, from the most to the least telling. */
export type PlaceKind = 'name' | 'ti' | 'epci' | 'commune' | 'place';

export interface PlaceField {
  kind: PlaceKind;
  /** The field as written, to show why a territory came up (« commune : Pithiviers »). */
  label: string;
  norm: string;
  /** A commune's INSEE code (COG 2024): a search that chose it highlights it on the map. */
  code?: string;
}

export function territoryFields(t: CoreTerritory): PlaceField[] {
  const f = (kind: PlaceKind, label: string, code?: string): PlaceField => ({
    kind,
    label,
    norm: normalize(label),
    code,
  });
  return [
    f('name', t.name),
    f('name', t.shortName),
    f('ti', t.territoireIndustrie.name),
    ...t.epcis.map((e) => f('epci', e.name)),
    // Communes arrive with the detail chunk (src/lib/data/details.ts); until then names and EPCIs match.
    ...(t.communes ?? []).map((c) => f('commune', c.name, c.insee)),
    ...t.departements.map((d) => f('place', d.name)),
    f('place', t.region.name),
  ];
}

/** What search looks through for one territory, as one normalised string. */
export function territoryHaystack(t: CoreTerritory): string {
  return territoryFields(t)
    .map((p) => p.norm)
    .join(' | ');
}

export function actionHaystack(a: Action): string {
  return normalize(`${a.text} | ${a.textEn}`);
}

/** How well one query word meets a normalised text: 2 for a whole word, 1 for the start of a word, else 0. */
export function wordScore(norm: string, word: string): 0 | 1 | 2 {
  const padded = ` ${norm} `;
  if (padded.includes(` ${word} `)) return 2;
  if (padded.includes(` ${word}`)) return 1;
  return 0;
}

/**
 * How well a query word, given with its other forms (search-index.ts: its stem, near spellings), meets a
 * normalised text: the word itself as `wordScore`, any other form 1 where it is a whole word.
 */
export function formsScore(norm: string, forms: readonly string[]): number {
  return wordScore(norm, forms[0]!) || (forms.some((f) => wordScore(norm, f) > 1) ? 1 : 0);
}

/** Every query word must appear (as the start of a word) somewhere in the haystack. */
export function matchesQuery(haystack: string, query: string): boolean {
  const words = queryWords(query);
  return words.every((w) => wordScore(haystack, w) > 0);
}

export interface FilterIndex {
  actions: readonly Action[];
  territories: readonly CoreTerritory[];
  actionText: ReadonlyMap<string, string>;
  territoryText: ReadonlyMap<TerritoryId, string>;
  territoryFields: ReadonlyMap<TerritoryId, readonly PlaceField[]>;
  /** What the search chunk adds (search-index.ts); absent on the first screen. */
  more?: SearchMore;
}

/**
 * A lever, axis, audience or format the query names; `facet`: where choosing it sets its filter;
 * `count`: the actions it would leave under the other facets.
 */
export interface VocabularyHit {
  kind: TermKind;
  facet: Facet;
  id: string;
  score: number;
  count: number;
}

/** What the search chunk adds to the index (search-index.ts). */
export interface SearchMore {
  /** Each query word with the other forms it is looked for under, stop words left out. */
  forms(words: readonly string[]): string[][];
  /** Each action's tags, their labels and synonyms in both languages, as one normalised text. */
  tagText: ReadonlyMap<string, string>;
  /** The search box's results, best first; the vocabulary's counted under the facets `c`. */
  search(query: string, c?: Omit<Criteria, 'q'>): SearchResults;
  /** The INSEE code of the commune a territory hit came by, or null. */
  viaCommune(hit: TerritoryHit): string | null;
}

/** The query's words, each with the forms it is looked for under (on the first screen, itself alone). */
export function wordForms(index: FilterIndex, query: string): string[][] {
  const words = queryWords(query);
  return index.more?.forms(words) ?? words.map((w) => [w]);
}

export function buildIndex(actions: readonly Action[], territories: readonly CoreTerritory[]): FilterIndex {
  const fields = new Map(territories.map((t) => [t.id, territoryFields(t)]));
  return {
    actions,
    territories,
    actionText: new Map(actions.map((a) => [a.id, actionHaystack(a)])),
    territoryText: new Map(
      [...fields].map(([id, fs]) => [id, fs.map((p) => p.norm).join(' | ')] as [TerritoryId, string]),
    ),
    territoryFields: fields,
  };
}

const anyOf = <T>(wanted: readonly T[], have: readonly T[]) =>
  wanted.length === 0 || wanted.some((w) => have.includes(w));

/** The four facets only, search aside. */
export function facetsMatch(a: Action, c: Omit<Criteria, 'q'>): boolean {
  return (
    anyOf(c.leviers, a.levers) &&
    anyOf(c.axes, a.axes) &&
    anyOf(c.publics, a.audiences) &&
    anyOf(c.formats, [a.format])
  );
}

/** `forms`: the query's, from `wordForms` (computed once for many actions). */
export function actionMatches(
  index: FilterIndex,
  a: Action,
  c: Criteria,
  forms = wordForms(index, c.q),
): boolean {
  if (!facetsMatch(a, c)) return false;
  const texts = [
    index.actionText.get(a.id) ?? '',
    index.territoryText.get(a.territory) ?? '',
    index.more?.tagText.get(a.id) ?? '',
  ];
  // A query word may be met in the action, its territory (« creusot formation ») or its tags.
  return forms.every((f) => texts.some((t) => formsScore(t, f) > 0));
}

export interface FilterResult {
  actions: Set<string>;
  territories: Set<TerritoryId>;
}

export function applyFilters(index: FilterIndex, c: Criteria): FilterResult {
  const actions = new Set<string>();
  const territories = new Set<TerritoryId>();
  const forms = wordForms(index, c.q);
  for (const a of index.actions) {
    if (actionMatches(index, a, c, forms)) {
      actions.add(a.id);
      territories.add(a.territory);
    }
  }
  return { actions, territories };
}

export interface TerritoryHit {
  id: TerritoryId;
  score: number;
  /** The best field met outside the territory's own names, if the names were not met at all. */
  via: { kind: Exclude<PlaceKind, 'name'>; label: string } | null;
}

export interface ActionHit {
  id: string;
  territory: TerritoryId;
  score: number;
}

export interface SearchResults {
  vocabulary: VocabularyHit[];
  territories: TerritoryHit[];
  actions: ActionHit[];
}

export type Facet = 'leviers' | 'axes' | 'publics' | 'formats';

/**
 * How many actions a facet value would match, the other facets and the search as they are: the
 * count shown beside each filter option. The facet's own values are ignored, since they are OR-ed
 * (ticking a second lever adds to the first rather than narrowing it).
 */
export function facetCount(index: FilterIndex, c: Criteria, facet: Facet, value: string): number {
  const others: Criteria = { ...c, [facet]: [value] };
  const forms = wordForms(index, c.q);
  let n = 0;
  for (const a of index.actions) if (actionMatches(index, a, others, forms)) n++;
  return n;
}
