/**
 * The panel's lazy views (territory, compare, Méthode): chunks kept off the first screen's budget,
 * loaded once per page and shared by every atlas on it. Each is a `Lazy` (lib/load/): a failed chunk is
 * a state the panel shows, with « Réessayer », and loads again when asked.
 */
import type { Component } from 'svelte';

import type { CoreTerritory } from '../data/schema';
import { Lazy } from '../load/lazy.svelte';

export type ViewName = 'territory' | 'compare' | 'method';

class Views {
  // One `import()` per loader: Vite's preload rewriting gave a ternary of three imports a single
  // dependency list (the last one's), so the territory and compare views came without their CSS.
  readonly lazy = {
    territory: new Lazy<Component<{ territory: CoreTerritory; progressive?: boolean }>>(() =>
      import('./TerritoryPanel.svelte').then((m) => m.default),
    ),
    compare: new Lazy<Component>(() => import('./ComparePanel.svelte').then((m) => m.default)),
    method: new Lazy<Component>(() => import('./MethodPanel.svelte').then((m) => m.default)),
    // The filter facets, shown on demand (FilterToggle): off the first screen, with the terms' definitions.
    filters: new Lazy<Component>(() => import('./FilterBar.svelte').then((m) => m.default)),
  } as const;
  /** The territory view has been rendered once off-document (Panel.svelte), to warm it for the first click. */
  warmed = false;

  get territory() {
    return this.lazy.territory.value ?? null;
  }
  get compare() {
    return this.lazy.compare.value ?? null;
  }
  get method() {
    return this.lazy.method.value ?? null;
  }
  get filters() {
    return this.lazy.filters.value ?? null;
  }

  /** Loads a view (again, after a failure); never rejects. */
  load(which: ViewName | 'filters'): Promise<void> {
    return this.lazy[which].load().then(() => undefined);
  }

  /** All three in the background (idle time): first loads only, never a retry of a failed one. */
  prefetchAll(): void {
    for (const lazy of Object.values(this.lazy)) lazy.prefetch();
  }

  /** All three, e.g. before component tests that expect a view at once. */
  loadAll(): Promise<void> {
    return Promise.all(
      (['territory', 'compare', 'method', 'filters'] as const).map((v) => this.load(v)),
    ).then(() => undefined);
  }
}

export const views = new Views();
