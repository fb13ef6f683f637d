/**
 * The panel's lazy views (territory, compare, Méthode): chunks kept off the first screen's budget,
 * loaded once per page and shared by every atlas on it.
 */
import type { Component } from 'svelte';

import type { CoreTerritory } from '../data/schema';

export type ViewName = 'territory' | 'compare' | 'method';

class Views {
  territory = $state.raw<Component<{ territory: CoreTerritory }> | null>(null);
  compare = $state.raw<Component | null>(null);
  method = $state.raw<Component | null>(null);
  #pending = new Map<ViewName, Promise<void>>();

  load(which: ViewName): Promise<void> {
    let p = this.#pending.get(which);
    if (!p) {
      p =
        which === 'territory'
          ? import('./TerritoryPanel.svelte').then((m) => void (this.territory = m.default))
          : which === 'compare'
            ? import('./ComparePanel.svelte').then((m) => void (this.compare = m.default))
            : import('./MethodPanel.svelte').then((m) => void (this.method = m.default));
      this.#pending.set(which, p);
    }
    return p;
  }

  /** All three, e.g. on idle, or before component tests that expect a view at once. */
  loadAll(): Promise<void> {
    return Promise.all((['territory', 'compare', 'method'] as const).map((v) => this.load(v))).then(
      () => undefined,
    );
  }
}

export const views = new Views();
