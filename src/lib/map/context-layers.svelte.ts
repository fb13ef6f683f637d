/**
 * The map's layers fetched on demand: the Territoires d'industrie (context, off by default, fetched the
 * first time it is turned on) and the alternative perimeters (outlined when the territory panel asks).
 */
import type { Feature, Geometry } from 'geojson';

import { fetchTopology } from '../data/geo';
import { Lazy } from '../load/lazy.svelte';
import { features, type AreaProps } from './geo';
import { TI_FILE, TI_OBJECT } from './layers';

type Shapes = Feature<Geometry, AreaProps>[];

/** The Territoires d'industrie, loaded once per page for every atlas on it (lib/load/: a failure heals on retry). */
const tiLayer = new Lazy<Shapes>(() => fetchTopology(TI_FILE).then((topo) => features(topo, TI_OBJECT)), {
  retryAfter: 0,
});

export class ContextLayer {
  on = $state(false);
  /** `error` once a load failed: the box is then unticked and the toggle offers « Réessayer ». */
  status: 'idle' | 'loading' | 'ready' | 'error' = $derived(
    tiLayer.status === 'failed' ? 'error' : tiLayer.status,
  );
  shapes: Shapes = $derived(tiLayer.value ?? []);
  /** The Territoire d'industrie under the pointer, with its position in the viewport. */
  hover = $state<{ name: string; x: number; y: number } | null>(null);
  /** Metropolitan France is drawn; the overseas ones are named in the toggle. */
  metro = $derived(this.shapes.filter((f) => !f.properties['outreMer']));
  overseas = $derived(this.shapes.filter((f) => f.properties['outreMer']).map((f) => f.properties.name));
  /** What MapLibre draws, once loaded and on. */
  shown = $derived(this.on && this.status === 'ready' ? this.shapes : null);

  /** Turns the layer on or off; on fetches it (again, after a failure, which unticks the box). */
  set(on: boolean): void {
    this.on = on;
    if (!on) this.hover = null;
    if (on)
      void tiLayer.load().then((shapes) => {
        if (!shapes) this.on = false;
      });
  }

  pointer(event: PointerEvent, name: string, viewport: HTMLElement | undefined): void {
    const box = viewport?.getBoundingClientRect();
    if (!box) return;
    this.hover = { name, x: event.clientX - box.left, y: event.clientY - box.top };
  }
}

export class AlternativeLayer {
  shapes: Shapes = $state.raw([]);
  #requested = false;

  /** The perimeter with this id (`<territory-id>--<slug>`), once loaded. */
  find(id: string | null): Shapes[number] | null {
    return id ? (this.shapes.find((f) => f.properties.id === id) ?? null) : null;
  }

  /** Fetches the perimeters once; a failed fetch is tried again on the next request. */
  request(): void {
    if (this.#requested) return;
    this.#requested = true;
    fetchTopology('perimetres-alternatifs.json')
      .then((topo) => (this.shapes = features(topo, Object.keys(topo.objects)[0] ?? 'perimetres')))
      .catch(() => (this.#requested = false));
  }
}
