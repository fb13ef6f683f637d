/**
 * The live camera of one map: what it frames (France, a territory, or wherever the user moved it), the
 * SVG's projection and pan-and-zoom transform for the current size, and the moves between them. The
 * gestures (d3-zoom, a chunk of its own: camera-gestures.ts) only listen on the viewport; they never
 * draw. While MapLibre draws, moves go to it instead.
 * The math is `camera.ts`; this file holds the state and attaches the gestures.
 */
import { untrack } from 'svelte';

import type { TerritoryId } from '../data/ids';
import { Lazy } from '../load/lazy.svelte';
import type { Camera } from '../state/url';
import { MAX_ZOOM, MIN_ZOOM } from '../state/url';
import { FRANCE_BOUNDS, fitBounds, framePadding, viewProjection, type Bounds } from './camera';
import type { GestureHooks, Gestures } from './camera-gestures';
import { ViewTransform } from './view-transform';

/** d3-zoom and its eased moves: a chunk the SVG map attaches once it listens (after hydration). */
const gestures = new Lazy(() => import('./camera-gestures'));

/**
 * main.ts asks for the gestures' chunk as its module runs, beside the hydration: attached as soon as the
 * map has hydrated and listens. A wheel or a drag before that (on the prerendered page) does not move it.
 */
export function prefetchGestures(): void {
  gestures.prefetch();
}

export type Framing = 'france' | TerritoryId | 'free';

/** Where moves go while MapLibre draws the map (its own easing, same camera). */
export interface CameraTarget {
  moveTo(target: Camera, animate: boolean): void;
}

export interface GestureOptions {
  /** False for a static embed: no pan or zoom. */
  interactive: boolean;
  /** Embedded: wheel zoom needs Ctrl/⌘ and touch panning two fingers, so the host page still scrolls. */
  cooperative: boolean;
  /** A gesture the cooperative mode refused, to show its hint. */
  onRefused: (kind: 'wheel' | 'touch') => void;
}

const reducedMotion =
  typeof matchMedia === 'function' ? matchMedia('(prefers-reduced-motion: reduce)') : null;

export class CameraControl {
  camera: Camera = $state({ lon: 2.5, lat: 46.5, zoom: 5 });
  /** What the camera is framing: refitted on resize unless the user moved the map by hand. */
  framing: Framing = $state('france');
  readonly #webgl: () => CameraTarget | null;
  readonly #size: () => { width: number; height: number };
  readonly #bounds: () => ReadonlyMap<string, Bounds>;
  readonly #reference: (id: TerritoryId) => { lon: number; lat: number } | undefined;

  home = $derived.by(() => {
    const { width, height } = this.#size();
    return fitBounds(FRANCE_BOUNDS, width, height, framePadding(width, height));
  });
  /** The SVG's fixed projection for this size; the pan-and-zoom transform moves it to `camera`. */
  projection = $derived.by(() => {
    const { width, height } = this.#size();
    return viewProjection(this.home, width, height);
  });
  transform: ViewTransform = $derived(this.transformFor(this.camera));

  /** The gestures, once their chunk has come and while the SVG renderer listens. */
  #gestures: Gestures | null = null;
  /** The last `listen`'s attachment: the SVG renderer's `map-ready` waits for it (`attached`). */
  #attaching: Promise<void> = Promise.resolve();
  /** Set while the camera is moved by code, so the zoom handler does not mark the framing « free ». */
  #programmatic = false;

  constructor(options: {
    initial: Camera | null;
    framing: Framing;
    size: () => { width: number; height: number };
    bounds: () => ReadonlyMap<string, Bounds>;
    reference: (id: TerritoryId) => { lon: number; lat: number } | undefined;
    /** Where moves go instead of d3-zoom: MapLibre, while it draws the map. */
    webgl: () => CameraTarget | null;
  }) {
    this.#size = options.size;
    if (options.initial) this.camera = options.initial;
    else if (options.framing === 'france' && untrack(() => this.#size().width > 0))
      // A size known from the start (the prerendered first screen's design size, #17): the first render,
      // in the build's server render as in the hydration, is already France's framing.
      this.camera = untrack(() => this.home);
    this.framing = options.framing;
    this.#bounds = options.bounds;
    this.#reference = options.reference;
    this.#webgl = options.webgl;
  }

  cameraFor(t: ViewTransform): Camera {
    const { width, height } = this.#size();
    const [lon, lat] = this.projection.invert(t.invert([width / 2, height / 2]));
    return { lon, lat, zoom: this.home.zoom + Math.log2(t.k) };
  }

  transformFor(c: Camera): ViewTransform {
    const { width, height } = this.#size();
    const k = 2 ** (c.zoom - this.home.zoom);
    const p = this.projection([c.lon, c.lat]);
    return new ViewTransform(k, width / 2 - k * p[0], height / 2 - k * p[1]);
  }

  /** A territory's framing: room above and below for its marker's label and tooltip, never closer than zoom 10.5. */
  fitTerritory(bounds: Bounds): Camera {
    const { width, height } = this.#size();
    const pad = framePadding(width, height);
    return fitBounds(bounds, width, height, { ...pad, top: pad.top + 24, bottom: pad.bottom + 24 }, 10.5);
  }

  /** Moves the camera, easing unless the user asked for reduced motion (or `animate` is false). */
  moveTo(target: Camera, animate = true): void {
    const motion = animate && !reducedMotion?.matches;
    const webgl = this.#webgl();
    if (webgl) {
      webgl.moveTo(target, motion);
      return;
    }
    const g = this.#gestures;
    if (!g) {
      this.camera = target;
      return;
    }
    this.#programmatic = true;
    g.transformTo(this.transformFor(target), motion ? 650 : 0, () => (this.#programmatic = false));
  }

  /** The camera a framing asks for, or null for a hand-set camera. */
  cameraForFraming(f: Framing): Camera | null {
    if (f === 'france') return this.home;
    if (f === 'free') return null;
    const b = this.#bounds().get(f);
    const ref = this.#reference(f);
    if (!b && !ref) return null;
    const bounds: Bounds = b ?? [
      [ref!.lon - 0.3, ref!.lat - 0.2],
      [ref!.lon + 0.3, ref!.lat + 0.2],
    ];
    return this.fitTerritory(bounds);
  }

  fitFrance(): void {
    this.framing = 'france';
    this.moveTo(this.home);
  }

  zoomBy(step: number): void {
    this.framing = 'free';
    this.moveTo({ ...this.camera, zoom: Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, this.camera.zoom + step)) });
  }

  /** Frames `bounds` as a hand-set view (an alternative perimeter with its territory). */
  frame(bounds: Bounds): void {
    this.framing = 'free';
    this.moveTo(this.fitTerritory(bounds));
  }

  /** A camera change reported by MapLibre while it draws; `byUser` when a gesture caused it. */
  follow(c: Camera, byUser: boolean): void {
    this.camera = c;
    if (byUser) this.framing = 'free';
  }

  /**
   * The gestures on the viewport, for the SVG renderer, once their chunk has come; returns their removal.
   * Markers and controls are excluded so their clicks stay clicks.
   */
  listen(viewport: HTMLDivElement, options: GestureOptions): () => void {
    let removed = false;
    let attached: Gestures | null = null;
    // Their chunk could not come (after its own retry): the next hand on the map asks for it again.
    const kinds = ['pointerdown', 'wheel', 'touchstart'] as const;
    const again = () => {
      off();
      attempt();
    };
    const off = () => kinds.forEach((kind) => viewport.removeEventListener(kind, again));
    const attempt = () => {
      this.#attaching = gestures
        .load()
        .then((m) => {
          if (removed) return;
          if (!m) {
            kinds.forEach((kind) => viewport.addEventListener(kind, again, { passive: true }));
            return;
          }
          attached = m.attachGestures(
            viewport,
            this.#hooks(options),
            untrack(() => this.transform),
          );
          this.#gestures = attached;
        })
        .catch((e: unknown) => console.warn('The map’s gestures could not start:', e));
    };
    attempt();
    return () => {
      removed = true;
      off();
      attached?.destroy();
      if (this.#gestures === attached) this.#gestures = null;
    };
  }

  /** What the gestures ask of the camera: its size, zoom range, which events start them, and the moves. */
  #hooks(options: GestureOptions): GestureHooks {
    const home = untrack(() => this.home.zoom);
    return {
      size: this.#size,
      scaleExtent: [2 ** (MIN_ZOOM - home), 2 ** (MAX_ZOOM - home)],
      filter: (event) => {
        if (!options.interactive) return false;
        const target = event.target as Element | null;
        if (target?.closest('button, a, input, [data-no-zoom]')) return false;
        if (options.cooperative && event.type === 'wheel' && !event.ctrlKey && !event.metaKey) {
          options.onRefused('wheel');
          return false;
        }
        if (options.cooperative && event.type === 'touchstart' && (event.touches?.length ?? 0) < 2) {
          options.onRefused('touch');
          return false;
        }
        return (!event.ctrlKey || event.type === 'wheel') && !event.button;
      },
      onZoom: (t, byUser) => {
        this.camera = this.cameraFor(t);
        if (byUser && !this.#programmatic) this.framing = 'free';
      },
    };
  }

  /** Settles once the last `listen` has attached its gestures, or found that their chunk cannot come. */
  attached(): Promise<void> {
    return this.#attaching;
  }

  /**
   * After a resize or a new framing target: refit to the framing (animated unless the size changed or
   * it is the first fit), or keep a hand-set camera where it is.
   */
  refit(target: Camera | null, resized: boolean, first: boolean): void {
    const home = this.home.zoom;
    this.#gestures?.scaleExtent(2 ** (MIN_ZOOM - home), 2 ** (MAX_ZOOM - home));
    if (target) this.moveTo(target, !resized && !first);
    else if (resized) this.#gestures?.transformTo(this.transformFor(this.camera), 0);
  }
}
