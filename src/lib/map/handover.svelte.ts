/**
 * The renderer's choice and MapLibre's takeover (PRODUCT.md « Renderer », « Measurement definitions »).
 * The SVG always paints first and marks `map-first`; then the WebGL probe decides. With the SVG renderer
 * that is `map-ready`; with MapLibre, `map-ready` is its first complete frame, when it replaces the SVG.
 * A failure at any point leaves the SVG in place.
 */
import type { AppState } from '../state/app-state.svelte';
import { Lazy } from '../load/lazy.svelte';
import { chooseRenderer, type RendererChoice } from './renderer';

const webglLayer = new Lazy(() => import('./MapLibreLayer.svelte').then((m) => m.default));

/**
 * A link that asks for MapLibre (`rendu=webgl`, main.ts): its chunks and the WebGL probe start as the
 * page's module runs, beside the hydration, not after it (#17). The renderer's choice then finds them.
 */
export function startWebgl(): void {
  void import('./maplibre').catch(() => undefined);
  webglLayer.prefetch();
  void import('./webgl-probe').then(
    (m) => m.probeEarly(),
    () => undefined,
  );
}

const marked = (name: string) => performance.getEntriesByName(name).length > 0;

export class Handover {
  /** Decided once: probing WebGL creates (and releases) a context. */
  choice: RendererChoice | null = $state(null);
  readonly #app: AppState;
  #deciding: Promise<RendererChoice> | undefined;

  constructor(app: AppState) {
    this.#app = app;
  }

  /** Whether MapLibre should be mounted (it then draws under the SVG until its first `idle`). */
  get wantsWebgl(): boolean {
    return this.choice?.renderer === 'webgl';
  }

  /**
   * The choice, made on first call; MapLibre's chunks are requested as soon as it is chosen. `svg` never
   * probes; `webgl` takes the probe `startWebgl` began (or begins it), `auto` probes once the SVG map is
   * on screen; both in a worker (webgl-probe.ts), while the page goes on hydrating.
   */
  decide(): Promise<RendererChoice> {
    this.#deciding ??= this.#probe().then((choice) => {
      this.choice ??= choice;
      if (this.choice.renderer === 'webgl') {
        void import('./maplibre');
        void this.layer();
      }
      return this.choice;
    });
    return this.#deciding;
  }

  #probe(): Promise<RendererChoice> {
    const pref = this.#app.url.rendu;
    if (pref === 'svg') return Promise.resolve({ renderer: 'svg', reason: 'forced' });
    return import('./webgl-probe').then(
      async (m) => {
        const probe = await (pref === 'webgl' ? m.probeEarly() : m.probeOffThread());
        return chooseRenderer(pref, () => probe);
      },
      // The probe's chunk did not load: the SVG stays, as when MapLibre's does not.
      (): RendererChoice => ({ renderer: 'svg', reason: 'not-loaded' }),
    );
  }

  /**
   * The WebGL renderer's component, a chunk of its own with its style: a map that stays SVG (most
   * public-sector PCs) never loads it. Loaded through lib/load/ (one retry of its own); a failed load
   * leaves the SVG in place and says so.
   */
  layer(): Promise<typeof import('./MapLibreLayer.svelte').default | undefined> {
    return webglLayer.load().then((component) => {
      if (!component) this.fail('its chunk did not load', 'not-loaded');
      return component;
    });
  }

  /**
   * The SVG map is on screen: mark it (once per page), then decide after the frame (the probe's chunk
   * and, for `auto`, its worker: no long task glued to the first paint), and run `then` in the task after.
   * The SVG renderer's `map-ready` also waits for its gestures (`listening`: their chunk attached, or
   * failed), so a wheel after it is never lost. (When MapLibre fails, `fail` marks it at once: the SVG has
   * been listening since it mounted.)
   */
  svgDrawn(then: () => void, listening: () => Promise<unknown> = () => Promise.resolve()): void {
    requestAnimationFrame(() => {
      const first = !marked('map-first');
      if (first) performance.mark('map-first');
      void this.decide().then(async (choice) => {
        if (choice.renderer !== 'webgl' && first) {
          await listening();
          if (!marked('map-ready')) performance.mark('map-ready');
        }
        setTimeout(then);
      });
    });
  }

  /** MapLibre's first `idle`: it takes over. */
  ready(): void {
    this.#app.renderer = 'webgl';
    requestAnimationFrame(() => performance.mark('map-ready'));
  }

  /** MapLibre failed (no context, lost context, or its code did not load): the SVG stays. */
  fail(reason: string, cause: 'no-webgl' | 'not-loaded' = 'no-webgl'): void {
    console.warn(`MapLibre unavailable (${reason}): the SVG map stays.`);
    this.choice = { renderer: 'svg', reason: cause };
    this.#app.renderer = 'svg';
    if (!marked('map-ready')) performance.mark('map-ready');
  }
}
