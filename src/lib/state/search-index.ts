/**
 * The search chunk (loaded with the communes, app-state.svelte.ts): what search knows beyond the words
 * as written. It builds the filter index of filters.ts with
 *
 * - **stems** (`stem`): a few French rules, and English ones where they agree, so that « découverte »
 *   meets « faire découvrir », « formation » meets « former », « logements » meets « logement ». Every
 *   action text keeps its words and gains their stems (`~stem`), which only a query word's stem can meet.
 *   Names and places are matched as written: a stem would make « Courcy-aux-Loges » a « logement »;
 * - **near spellings**: a query word of six letters or more that meets nothing as written or by its stem
 *   is looked for as the indexed words one edit away (a letter changed, added, left out, or two
 *   neighbours swapped: « logemnet », « Courpierre »); shorter words are never corrected;
 * - **stop words** (« qui », « sur », « la », « faire », “the”…) left out of a query that has other words,
 *   so that « Qui travaille sur la mixité ? » asks for « travaille » and « mixité »;
 * - each action's **tags**: the labels and synonyms (data/vocabularies.json, data/programme.json) of its
 *   levers, audiences, format and axes (an axis by its short label only: its label is the programme's
 *   sentence, whose every word would match); the `q` filter meets an action through them;
 * - the **vocabulary's own hits**: the terms whose short label, label or synonyms meet the query;
 * - the search box's **ranked results** (`search`): the vocabulary, territories, actions.
 *
 * Everything here only adds matches to those of the first screen (tests/unit/search.test.ts).
 */
import { searchTerms, type SearchTerm } from '../data/search-terms';
import { searchEn, searchFr } from '../i18n/search';
import type { registerMessages } from '../i18n/messages';
import type {
  ActionHit,
  Criteria,
  facetCount,
  FilterIndex,
  formsScore,
  normalize,
  PlaceKind,
  SearchMore,
  SearchResults,
  TerritoryHit,
  VocabularyHit,
  wordForms,
} from './filters';

/**
 * What the search chunk uses of the first screen's modules (filters.ts, messages.ts), handed over by
 * app-state.svelte.ts rather than imported: a static import from here made the bundler move those
 * modules (and Svelte's runtime) into chunks of their own, 0.3–0.4 KB more on the first screen.
 */
export interface SearchKit {
  normalize: typeof normalize;
  wordForms: typeof wordForms;
  formsScore: typeof formsScore;
  facetCount: typeof facetCount;
  registerMessages: typeof registerMessages;
}

/** Ranking weight of a word met in each kind of field: a name says more than a commune. */
export const PLACE_WEIGHT: Record<PlaceKind, number> = { name: 8, ti: 4, epci: 4, commune: 3, place: 2 };

/** Where choosing a vocabulary hit sets its filter. */
export const KIND_FACET = { lever: 'leviers', axis: 'axes', audience: 'publics', format: 'formats' } as const;

const NO_FACETS = { leviers: [], axes: [], publics: [], formats: [] };

/** Suffix rules, the first that leaves three letters or more applies. */
const SUFFIXES: [RegExp, string][] = [
  [/ement$/, ''], // logement → log (loger), recrutement → recrut (recruter)
  [/ation$/, ''], // formation → form (former), organisation → organis (organiser)
  [/ing$/, ''], // training → train, housing → hous (house)
  [/verte$/, 'vr'], // découverte → decouvr (découvrir), ouverte → ouvr
  [/rir$/, 'r'], // découvrir → decouvr, offrir → offr
  [/([^y])er$/, '$1'], // former → form, métier → meti; not « employer », « loyer »
  [/e+$/, ''], // forme → form, coordonne → coordonn, dédiée → dedi
];

/**
 * The stem of one normalised word (lower case, no accents). Words under four letters and words with a
 * digit (« 3e », « 4.0 ») are their own stem. Plurals go (« métiers », « jeux », « locaux »), an English
 * consonant + y reads as -ie (« company » as « companies »), one suffix goes, and a doubled final
 * consonant is undoubled (« industrielle » → « industriel », « développe » → « develop »).
 */
export function stem(word: string): string {
  if (word.length < 4 || /\d/.test(word)) return word;
  let w = word;
  if (w.endsWith('eaux')) w = w.slice(0, -1);
  else if (w.endsWith('aux')) w = `${w.slice(0, -3)}al`;
  else if (/(eu|au)x$|[^s]s$/.test(w)) w = w.slice(0, -1);
  w = w.replace(/([^aeiouy])y$/, '$1ie');
  for (const [suffix, by] of SUFFIXES) {
    const cut = w.replace(suffix, by);
    if (cut !== w && cut.length >= 3) {
      w = cut;
      break;
    }
  }
  return w.replace(/([^aeiouy])\1$/, '$1');
}

/** Words a question is made of rather than what it asks about (normalised). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a au aux avec ce ces comment d dans de des du elle en et faire il l la le les leur leurs ou par pour qu ' +
    'que quel quelle quels quelles qui quoi sa se ses son sont sur un une y ' +
    'an and are by for how in is of on or the to what which who with'
  ).split(' '),
);

/** Whether two words are one edit apart: a letter changed, added or left out, or two neighbours swapped. */
export function oneEditApart(a: string, b: string): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.length === b.length)
    return (
      a.slice(i + 1) === b.slice(i + 1) ||
      (a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2))
    );
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.slice(i) === long.slice(i + 1);
}

/** The shortest query word that may be read as a near spelling, and the shortest word it may be read as. */
export const TYPO_MIN = 6;
const TYPO_TARGET_MIN = 5;

const words = (norm: string) => norm.split(' ').filter((w) => w && w !== '|');

/** A normalised text with the stems of its words added (`~stem`, which no query word as typed can meet). */
function withStems(norm: string): string {
  return `${norm} | ${words(norm)
    .map((w) => `~${stem(w)}`)
    .join(' ')}`;
}

interface TermText {
  term: SearchTerm;
  /** Short labels, labels (none for an axis) and synonyms, in both languages, stems added. */
  shorts: string;
  labels: string;
  synonyms: string;
  /** The short labels and labels as whole texts: a query that is one of them exactly ranks it first. */
  exact: ReadonlySet<string>;
}

const both = (l: { fr: string; en: string }) => `${l.fr} | ${l.en}`;

/** Where a word meets a term, and how much it tells: its short label most. */
const TERM_WEIGHT = { shorts: 2, labels: 1, synonyms: 1 } as const;

/** At most this many vocabulary hits. */
export const MAX_VOCABULARY = 6;

/**
 * The filter index of filters.ts (`base`, its communes included) with everything above. `terms` defaults
 * to the atlas's vocabulary; built once, when the search chunk arrives.
 */
export function buildSearchIndex(
  base: FilterIndex,
  { normalize, wordForms, formsScore, facetCount, registerMessages }: SearchKit,
  terms: readonly SearchTerm[] = searchTerms,
): FilterIndex {
  registerMessages(searchFr, searchEn);
  const { actions } = base;
  const termTexts: TermText[] = terms.map((term) => ({
    term,
    shorts: withStems(normalize(both(term.short))),
    labels: term.kind === 'axis' ? '' : withStems(normalize(both(term.label))),
    synonyms: withStems(normalize([...term.synonyms.fr, ...term.synonyms.en].join(' | '))),
    exact: new Set([term.short.fr, term.short.en, term.label.fr, term.label.en].map(normalize)),
  }));
  const termText = new Map(termTexts.map((t) => [`${t.term.kind}:${t.term.id}`, t]));
  /** An action's tags: their labels and synonyms. */
  const tagText = new Map(
    actions.map((a) => {
      const keys = [
        ...a.levers.map((id) => `lever:${id}`),
        ...a.axes.map((id) => `axis:${id}`),
        ...a.audiences.map((id) => `audience:${id}`),
        `format:${a.format}`,
      ];
      const parts = keys.flatMap((k) => {
        const t = termText.get(k);
        return t ? [t.shorts, t.labels, t.synonyms] : [];
      });
      return [a.id, parts.join(' | ')];
    }),
  );

  const actionText = new Map([...base.actionText].map(([id, t]) => [id, withStems(t)]));
  const texts = [
    ...actionText.values(),
    ...base.territoryText.values(),
    ...termTexts.flatMap((t) => [t.shorts, t.labels, t.synonyms]),
  ];
  // Every word the index holds, and every stem it can meet (none of names and places), for near spellings.
  const known = new Set(texts.flatMap(words));
  const plain = [...known].filter((w) => !w.startsWith('~'));

  /**
   * The terms the words meet (all of them; or, with `partial`, as many as any term meets), best first,
   * counted under the facets `c`, the search aside.
   */
  function vocabulary(forms: string[][], c: Omit<Criteria, 'q'> | undefined, partial: boolean) {
    const query = forms.map((f) => f[0]!);
    // A query of stop words alone (« de », typed on the way to « découverte ») names no term.
    if (query.every((w) => STOP_WORDS.has(w))) return [];
    const hits: (VocabularyHit & { met: number })[] = [];
    for (const t of termTexts) {
      let met = 0;
      let score = 0;
      for (const f of forms) {
        const s = Math.max(
          ...(['shorts', 'labels', 'synonyms'] as const).map((k) => formsScore(t[k], f) * TERM_WEIGHT[k]),
        );
        if (s > 0) met++;
        score += s;
      }
      if (met === 0 || (met < forms.length && !partial)) continue;
      if (t.exact.has(query.join(' '))) score++;
      const { kind, id } = t.term;
      hits.push({ kind, facet: KIND_FACET[kind], id, score, met, count: 0 });
    }
    // The terms that meet the most words: all of them when some term does, else (`partial`) as many as any does.
    const most = Math.max(0, ...hits.map((h) => h.met));
    return hits
      .filter((h) => h.met === most)
      .sort((x, y) => y.score - x.score)
      .slice(0, MAX_VOCABULARY)
      .map(({ met: _met, ...hit }) => ({
        ...hit,
        count: facetCount(index, { ...NO_FACETS, ...c, q: '' }, hit.facet, hit.id),
      }));
  }

  /**
   * The search box's results, best first. A territory comes up when every query word is met in its
   * places; each word scores the weight of the best field it is met in, doubled for a whole word.
   * An action comes up when every word is met in its text, its territory or its tags, and at least one
   * in its own text or its tags; it scores 2 per whole word and 1 per word start (or other form) met in
   * its own text, ½ per word met only in its tags. Ties keep the canonical order (the order of the data).
   */
  function rank(query: string, c?: Omit<Criteria, 'q'>): SearchResults {
    const words = wordForms(index, query);
    if (!words.length) return { vocabulary: [], territories: [], actions: [] };

    const territories: TerritoryHit[] = [];
    base.territories.forEach((t) => {
      const fields = base.territoryFields.get(t.id) ?? [];
      let score = 0;
      let namesMet = false;
      let via: TerritoryHit['via'] = null;
      let viaScore = 0;
      for (const w of words) {
        let best = 0;
        for (const f of fields) {
          const s = formsScore(f.norm, w) * PLACE_WEIGHT[f.kind];
          if (s > best) best = s;
          if (s > 0 && f.kind === 'name') namesMet = true;
          if (s > viaScore && f.kind !== 'name') {
            viaScore = s;
            via = { kind: f.kind, label: f.label };
          }
        }
        if (best === 0) return;
        score += best;
      }
      territories.push({ id: t.id, score, via: namesMet ? null : via });
    });

    const hits: ActionHit[] = [];
    for (const a of actions) {
      const own = actionText.get(a.id) ?? '';
      const context = base.territoryText.get(a.territory) ?? '';
      const tags = tagText.get(a.id) ?? '';
      let score = 0;
      let ok = true;
      for (const w of words) {
        const s = formsScore(own, w) || (formsScore(tags, w) && 0.5);
        if (s === 0 && formsScore(context, w) === 0) {
          ok = false;
          break;
        }
        score += s;
      }
      if (ok && score > 0) hits.push({ id: a.id, territory: a.territory, score });
    }

    const order = new Map<string, number>([
      ...base.territories.map((t, i) => [t.id, i] as [string, number]),
      ...actions.map((a, i) => [a.id, i] as [string, number]),
    ]);
    const byScore = (x: { id: string; score: number }, y: { id: string; score: number }) =>
      y.score - x.score || (order.get(x.id) ?? 0) - (order.get(y.id) ?? 0);
    return {
      // A term that meets only some of the words shows when nothing else meets them all (« qui
      // travaille sur la mixité »), not beside a territory that does (« grand est »).
      vocabulary: vocabulary(words, c, !territories.length && !hits.length),
      territories: territories.sort(byScore),
      actions: hits.sort(byScore),
    };
  }

  const more: SearchMore = {
    tagText,
    forms(query) {
      const content = query.filter((w) => !STOP_WORDS.has(w));
      return (content.length ? content : query).map((w) => {
        const forms = [w, `~${stem(w)}`];
        if (w.length >= TYPO_MIN && !known.has(forms[1]!) && !plain.some((k) => k.startsWith(w)))
          forms.push(...plain.filter((k) => k.length >= TYPO_TARGET_MIN && oneEditApart(w, k)));
        return forms;
      });
    },
    search: rank,
    // A territory lists no two communes of one name: `via` names one of its fields.
    viaCommune(hit) {
      const via = hit.via;
      if (via?.kind !== 'commune') return null;
      const field = base.territoryFields
        .get(hit.id)
        ?.find((f) => f.kind === 'commune' && f.label === via.label);
      return field?.code ?? null;
    },
  };
  const index: FilterIndex = { ...base, actionText, more };
  return index;
}

/** The results of `index`'s search chunk (none without it): `SearchMore.search`. */
export const search = (index: FilterIndex, query: string, c?: Omit<Criteria, 'q'>): SearchResults =>
  index.more?.search(query, c) ?? { vocabulary: [], territories: [], actions: [] };

/** The commune a territory hit came by (« Courpière » → Lezoux – Thiers – Ambert), or null. */
export const viaCommune = (index: FilterIndex, hit: TerritoryHit): string | null =>
  index.more?.viaCommune(hit) ?? null;
