/**
 * What a slide shows, in words (#16): its kind, its short caption in the deck's list (« Carte · Nord
 * Loiret »), and its picture's alternative text — a sentence naming the view (« Carte : Nord Loiret et
 * Pays Compiégnois. ») followed by the view's « En bref » sentences (analysis/brief.ts), the same the
 * panels and charts show. Pure, in the slide's language; lazy like the rest of the deck.
 */
import '../../i18n/deck-alt';
import { actions, dataset, territories, territoryById } from '../../data';
import type { TerritoryId } from '../../data/ids';
import {
  chartBrief,
  compareBrief,
  filterBrief,
  overviewBrief,
  territoryBrief,
  type Brief,
} from '../../analysis/brief';
import { fromDataset } from '../../analysis/model';
import type { deckAltFr } from '../../i18n/deck-alt';
import { formatList, pluralCategory } from '../../i18n/intl';
import { messages, translate, type MessageKey, type Vars } from '../../i18n/messages';
import { facetLabel } from '../../panels/format';
import { applyFilters, buildIndex, type FilterIndex } from '../../state/filters';
import type { Lang } from '../../state/url';
import { filtersLabel, isFiltered, type SlideView } from './deck';

export type SlideKind = 'overview' | 'filtered' | 'territory' | 'compare' | 'chart';

/** What the view's filters keep: the atlas's `app.matches`. */
export interface Matching {
  actions: ReadonlySet<string>;
  territories: ReadonlySet<string>;
}

/** The alternative text's length, in UTF-16 units, past which whole sentences are left off. */
export const MAX_ALT = 400;
/** The filters' sentence past which they are named in short (« Filtres : Mixité, Formation et 9 autres filtres. »). */
const MAX_FILTERS = 140;

/** The kind of picture a slide of `view` is, as the atlas shows that view. */
export function slideKind(view: SlideView): SlideKind {
  if (view.vue === 'graphiques') return 'chart';
  if (view.comparer.length >= 2) return 'compare';
  if (view.territoire) return 'territory';
  if (isFiltered(view)) return 'filtered';
  return 'overview';
}

// Keys of i18n/deck-alt.ts (registered when this module loads; messages.ts's `MessageKey` need not list them).
type AltKey = keyof typeof deckAltFr;
type AltBase = AltKey extends infer K ? (K extends `${infer B}.one` ? B : never) : never;

const say = (lang: Lang, key: AltKey | MessageKey, vars?: Vars): string =>
  translate(lang, key as MessageKey, vars);

function count(lang: Lang, key: AltBase, n: number, vars: Vars = {}): string {
  if (n === 0 && `${key}.zero` in messages[lang]) return say(lang, `${key}.zero` as AltKey, { n, ...vars });
  const form = pluralCategory(lang === 'fr' ? 'fr-FR' : 'en-GB', n) === 'one' ? 'one' : 'other';
  return say(lang, `${key}.${form}` as AltKey, { n, ...vars });
}

const shortName = (id: TerritoryId) => territoryById.get(id)?.shortName ?? id;
const fullName = (id: TerritoryId) => territoryById.get(id)?.name ?? id;
const chartTitle = (view: SlideView, lang: Lang) => say(lang, `present.chart.${view.graphique ?? 'matrice'}`);

/** « Carte », « Carte · Nord Loiret », « Comparaison · Nord Loiret, Pays Compiégnois », « Graphique · Profil par axe ». */
export function slideCaption(view: SlideView, lang: Lang): string {
  const kind = slideKind(view);
  const what =
    kind === 'chart'
      ? chartTitle(view, lang)
      : kind === 'compare'
        ? view.comparer.map(shortName).join(', ')
        : kind === 'territory'
          ? shortName(view.territoire!)
          : kind === 'filtered'
            ? filtersLabel(view, lang)
            : '';
  const head = say(lang, `deck.caption.${kind}`);
  return what ? say(lang, 'deck.caption.join', { kind: head, what }) : head;
}

/**
 * The first screen's search index, for a view given without what its filters keep. It matches the
 * facets exactly and the search text `q` as the atlas does before its search chunk loads: in the
 * actions' texts and the territories' names, EPCIs, départements and région, without the communes, stems,
 * near spellings and tags that chunk adds (state/filters.ts), so it may keep fewer actions for a `q` than
 * the atlas on screen. The atlas passes its own `app.matches`, which is the truth.
 */
let firstScreenIndex: FilterIndex | null = null;
const keptBy = (view: SlideView): Matching =>
  applyFilters((firstScreenIndex ??= buildIndex(actions, territories)), view);

/**
 * Joins whole sentences while they fit in `max` characters; the first is always there (cut at a word,
 * with « … », if it alone is longer). Empty sentences are skipped.
 */
export function fitSentences(sentences: readonly string[], max = MAX_ALT): string {
  let text = '';
  for (const s of sentences.filter(Boolean)) {
    const next = text ? `${text} ${s}` : s;
    if (next.length > max) {
      if (!text) text = `${s.slice(0, max - 1).replace(/\s+\S*$/, '')}…`;
      break;
    }
    text = next;
  }
  return text;
}

/**
 * The picture's alternative text for a slide of `view`, in `lang`: what the view is, then its « En bref »
 * sentences (and, for a territory, a comparison or a chart, the filters on), at most `MAX_ALT` characters
 * cut between sentences. `matching`: what the view's filters keep (the atlas's `app.matches` when the
 * picture is taken); when null, computed here from the data (see `keptBy`).
 */
export function slideAlt(view: SlideView, lang: Lang, matching: Matching | null): string {
  const data = fromDataset(dataset, lang);
  const filtered = isFiltered(view);
  const kept = filtered ? (matching ?? keptBy(view)) : null;
  const label = (facet: Parameters<typeof facetLabel>[1], id: string) => facetLabel(lang, facet, id);
  const filters = [...(kept ? filterBrief(data, view, kept, label) : [])];
  // Many filters make a sentence that would push the view's reading out: they are named as in the caption.
  if (filters[0] && filters[0].length > MAX_FILTERS)
    filters[0] = say(lang, 'deck.alt.filters', { list: filtersLabel(view, lang) });
  const kind = slideKind(view);
  let sentences: Brief;
  switch (kind) {
    case 'chart':
      sentences = [
        say(lang, 'deck.alt.chart', { chart: chartTitle(view, lang) }),
        filters[0] ?? '',
        ...chartBrief(data, view.graphique ?? 'matrice', kept ? kept.actions : null),
      ];
      break;
    case 'compare':
      sentences = [
        say(lang, 'deck.alt.compare', {
          names: formatList(lang === 'fr' ? 'fr-FR' : 'en-GB', view.comparer.map(shortName)),
        }),
        filters[0] ?? '',
        ...compareBrief(data, view.comparer),
      ];
      break;
    case 'territory': {
      const id = view.territoire!;
      const own = actions.filter((a) => a.territory === id);
      const ownKept = kept ? own.filter((a) => kept.actions.has(a.id)).length : 0;
      sentences = [
        say(lang, 'deck.alt.territory', { name: fullName(id) }),
        filters[0] ?? '',
        kept ? count(lang, 'deck.alt.kept', ownKept, { total: own.length }) : '',
        ...territoryBrief(data, id),
      ];
      break;
    }
    case 'filtered':
      sentences = [say(lang, 'deck.alt.filtered'), ...filters];
      break;
    case 'overview':
      sentences = [say(lang, 'deck.alt.overview'), ...overviewBrief(data)];
      break;
  }
  return fitSentences(sentences);
}
