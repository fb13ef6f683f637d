/**
 * The panel's lazy views (territory, compare, Méthode): chunks kept off the first screen's budget,
 * loaded once per page and shared by every atlas on it.
 */
import type { Component } from 'svelte';

import type { CoreTerritory } from '../data/schema';

export type ViewName = 'territory' | 'compare' | 'method';

class Views {
  territory = $state.raw<Component<{ territory: CoreTerritory; progressive?: boolean }> | null>(null);
  compare = $state.raw<Component | null>(null);
  method = $state.raw<Component | null>(null);
  #pending = new Map<ViewName, Promise<void>>();
  /** The territory view has been rendered once off-document (Panel.svelte), to warm it for the first click. */
  warmed = false;

  load(which: ViewName): Promise<void> {
    let p = this.#pending.get(which);
    if (!p) {
      p = this.#import(which);
      this.#pending.set(which, p);
    }
    return p;
  }

  // One `import()` per statement: Vite's preload rewriting gave a ternary of three imports a single
  // dependency list (the last one's), so the territory and compare views came without their CSS.
  async #import(which: ViewName): Promise<void> {
    switch (which) {
      case 'territory': {
        const m = await import('./TerritoryPanel.svelte');
        this.territory = m.default;
        return;
      }
      case 'compare': {
        const m = await import('./ComparePanel.svelte');
        this.compare = m.default;
        return;
      }
      case 'method': {
        const m = await import('./MethodPanel.svelte');
        this.method = m.default;
        return;
      }
    }
  }

  /** All three, e.g. on idle, or before component tests that expect a view at once. */
  loadAll(): Promise<void> {
    return Promise.all((['territory', 'compare', 'method'] as const).map((v) => this.load(v))).then(
      () => undefined,
    );
  }
}

export const views = new Views();
