/**
 * The one state of an atlas instance. `App.svelte` creates it and shares it by context, so two atlases
 * mounted in one page never share a selection. What the URL carries lives in `url`; the rest is
 * transient (hover, focus).
 */
import { createContext } from 'svelte';

import { actions, territories } from '../data';
import type { LeverId, TerritoryId } from '../data/ids';
import { registerMessages, translate, type MessageKey, type Vars } from '../i18n/messages';
import { Lazy } from '../load/lazy.svelte';
import {
  applyFilters,
  buildIndex,
  facetCount,
  formsScore,
  isActive,
  normalize,
  wordForms,
  type FilterIndex,
  type FilterResult,
} from './filters';
import { defaultUrlState, type Dropped, type UrlState } from './url';

/**
 * The search haystacks of the 25 actions and 8 territories, shared by every atlas on the page. Built from
 * the first screen's data, then rebuilt once with the communes and the search chunk (stems, synonyms,
 * the vocabulary: search-index.ts) when they arrive.
 */
class SharedIndex {
  /** The first screen's index, built on first use (not as the page's module runs, #17). */
  #base: FilterIndex | undefined;
  /** The index rebuilt with the communes and the search chunk, once they have come. */
  #full: FilterIndex | null = $state.raw(null);
  get current(): FilterIndex {
    return this.#full ?? (this.#base ??= buildIndex(actions, territories));
  }
  set current(index: FilterIndex) {
    this.#full = index;
  }
  /**
   * The communes (details chunk) and the search chunk: a `Lazy`, so a failure is said and retried
   * (SearchBox.svelte).
   */
  readonly communes = new Lazy(() =>
    Promise.all([import('../data/details'), import('./search-index')]).then(([d, s]) => {
      const kit = { normalize, wordForms, formsScore, facetCount, registerMessages };
      this.current = s.buildSearchIndex(buildIndex(actions, d.territoriesFull), kit);
      return true;
    }),
  );
  /** Fetches the territories' details (communes) once, or again after a failure; safe to call often, never rejects. */
  withCommunes(): Promise<void> {
    return this.communes.load().then(() => undefined);
  }
}
export const filterIndex = new SharedIndex();

export type ActiveRenderer = 'svg' | 'webgl';

/** What the side panel shows: the Méthode page, a comparison, one territory, or the overview. */
export type PanelMode = 'methode' | 'compare' | 'territory' | 'overview';

export class AppState {
  /** Everything a link can say. Mutate fields in place; the URL sync effect writes them back. */
  url: UrlState = $state(defaultUrlState());
  /**
   * « Recharger l’atlas » after a redeploy: the page reloads (its URL holds the view) or, in a host page,
   * the atlas is mounted again with this state. App.svelte sets it.
   */
  reload: () => void = () => location.reload();
  /**
   * The page holds the build's prerendered first screen and this atlas hydrates it (#17), or renders it in
   * the build: the map lays out at its design size until it has measured itself, and the panel renders at once.
   */
  prerendered = false;
  /** While a deck is presented or exported, its views replace the history entry instead of pushing. */
  quietHistory = false;
  /** Parts of the opening link that were not applied, shown in a dismissible notice. */
  dropped: Dropped[] = $state([]);
  hovered: TerritoryId | null = $state(null);
  /**
   * The commune (INSEE code, COG 2024) under the pointer or focus, on the map or in the territory panel's
   * list: outlined on the map, with its tooltip, and marked in the list.
   */
  hoveredCommune: string | null = $state(null);
  /** The commune a search chose: its territory opens, and the map outlines and names it until another view. */
  highlightedCommune: string | null = $state(null);
  /** Which renderer currently draws the map (SVG until MapLibre is ready, if ever). */
  renderer: ActiveRenderer = $state('svg');
  /** An alternative perimeter the map outlines on request (`<territory-id>--<slug>`), or null. */
  showAlternative: string | null = $state(null);
  /** The lever under the pointer or keyboard focus in any chart or chip: highlighted everywhere. */
  hoveredLever: LeverId | null = $state(null);
  /**
   * The territories' order in the charts (matrix, axes, audiences, similarity share it, so a territory
   * keeps its row from chart to chart). Not a URL parameter: PRODUCT.md gives it none.
   */
  chartOrder: 'canonique' | 'total' | 'alpha' | 'similarite' = $state('canonique');
  /**
   * The Méthode page, open over the panel's current view. Not a URL parameter (PRODUCT.md gives it
   * none); the panel closes it when the selection or the comparison changes.
   */
  methodOpen = $state(false);
  /** The panel's view. A comparison wins over a selection: `comparer` and `territoire` are independent. */
  panelMode: PanelMode = $derived(
    this.methodOpen
      ? 'methode'
      : this.url.comparer.length >= 2
        ? 'compare'
        : this.url.territoire
          ? 'territory'
          : 'overview',
  );

  /** Whether any filter or search is on. */
  filtering = $derived(isActive(this.url));
  /** Actions and territories that match the filters and search (all of them when none is on). */
  matches: FilterResult = $derived(applyFilters(filterIndex.current, this.url));
  /**
   * Territories the map dims: those that match no filter, or, while a lever is hovered, those that do not
   * use it.
   */
  dimmed: ReadonlySet<TerritoryId> = $derived.by(() => {
    const lever = this.hoveredLever;
    const ids = territories
      .map((t) => t.id)
      .filter(
        (id) =>
          (this.filtering && !this.matches.territories.has(id)) ||
          (lever !== null && !actions.some((a) => a.territory === id && a.levers.includes(lever))),
      );
    // A fresh immutable set per derivation: nothing mutates it, so a reactive SvelteSet would only cost.
    // eslint-disable-next-line svelte/prefer-svelte-reactivity
    return new Set(ids);
  });

  selected = $derived(this.url.territoire);
  lang = $derived(this.url.lang);
  locale = $derived(this.url.lang === 'fr' ? 'fr-FR' : 'en-GB');

  /** A prefix for DOM ids, unique per atlas, so two atlases in one document never share an id. */
  readonly uid: string;

  constructor(initial?: Partial<UrlState>, uid = 'atlas') {
    if (initial) Object.assign(this.url, initial);
    this.uid = uid;
  }

  t = (key: MessageKey, vars?: Vars): string => translate(this.url.lang, key, vars);

  select(id: TerritoryId | null): void {
    this.url.territoire = id;
  }

  toggle(id: TerritoryId): void {
    this.url.territoire = this.url.territoire === id ? null : id;
  }
}

/** `getAppState()` throws outside an atlas: a component that reads state must sit inside `App.svelte`. */
export const [getAppState, setAppState] = createContext<AppState>();
