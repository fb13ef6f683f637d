/**
 * State the panel's parts share and nothing else reads: where focus goes once the next view has
 * rendered. A view opened from inside the panel takes the focus to its heading (or to the action a
 * search result named); a view opened from the map leaves the focus on the map's marker, where a
 * keyboard user left it.
 */
import { createContext } from 'svelte';

/**
 * The view's heading, an action (`action:<territory-id>-<n>`), a territory's button in the overview's
 * list (`territory:<id>`), the view's « Méthode » button (`method`), the filters' toggle (`filters`), or
 * an active filter's chip (`chip:<facet>-<id>`).
 */
export type FocusTarget =
  'heading' | 'method' | 'filters' | `action:${string}` | `territory:${string}` | `chip:${string}`;

/** Ids are slugs (PRODUCT.md « Ids »); anything else names no element rather than a broken selector. */
const slug = (id: string) => (/^[a-z0-9-]+$/.test(id) ? id : '-');

/** The element a focus request names, inside the panel. */
export function focusSelector(target: FocusTarget): string {
  if (target === 'heading') return '[data-testid="panel-heading"]';
  if (target === 'method') return '[data-focus="method"]';
  if (target === 'filters') return '[data-testid="filters-toggle"]';
  const [kind, id = ''] = target.split(/:(.*)/);
  if (kind === 'territory') return `[data-testid="territory-list"] button[data-id="${slug(id)}"]`;
  return `[data-testid="${kind === 'chip' ? 'active-chip' : kind}"][data-id="${slug(id)}"]`;
}

export class PanelUi {
  pendingFocus: FocusTarget | null = $state(null);
  /** Whether the filter facets are shown (their toggle and the facets are separate parts of the tool row). */
  filtersOpen = $state(false);

  /** Asks the next view to take the focus; the view that renders it clears the request. */
  focusNext(target: FocusTarget): void {
    this.pendingFocus = target;
  }
}

/** `getPanelUi()` throws outside `Panel.svelte`: the panel's parts are not meant to be mounted on their own. */
export const [getPanelUi, setPanelUi] = createContext<PanelUi>();
