/**
 * The SVG map's gestures: d3-zoom on the viewport (wheel, drag, pinch, double-click) and its eased
 * moves (d3-transition). A chunk of its own (#17): d3-zoom, d3-selection, d3-transition and what they
 * bring (d3-interpolate, d3-color, d3-timer…) were about a fifth of the first screen's JavaScript, and
 * nothing of the first paint or of a click on a marker needs them. `camera-control.svelte.ts` attaches them once
 * the map has hydrated (and asks again at the next hand on the map if their chunk could not come); until
 * then the buttons' moves are jumps, and a wheel or a drag does not move the map.
 */
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom as d3zoom, zoomIdentity, type ZoomTransform } from 'd3-zoom';

import type { ViewTransform } from './view-transform';

export interface GestureHooks {
  /** The map's size (ours, not the element's: reading layout forced a reflow in every click). */
  size: () => { width: number; height: number };
  /** Which events may start a gesture (markers and controls keep their clicks). */
  filter: (
    event: Event & { button?: number; ctrlKey?: boolean; metaKey?: boolean; touches?: TouchList },
  ) => boolean;
  /** The zoom factors allowed at first, relative to the fixed projection. */
  scaleExtent: [number, number];
  /** Every change of the transform; `byUser` when a gesture (not code) caused it. */
  onZoom: (t: ViewTransform, byUser: boolean) => void;
}

export interface Gestures {
  /** Moves to `t`, eased over `ms` (0: at once); `done` when it ends or is interrupted. */
  transformTo(t: ViewTransform, ms: number, done?: () => void): void;
  /** The zoom factors allowed, relative to the fixed projection. */
  scaleExtent(min: number, max: number): void;
  /** Stops listening. */
  destroy(): void;
}

const d3Transform = (t: ViewTransform): ZoomTransform => zoomIdentity.translate(t.x, t.y).scale(t.k);

export function attachGestures(
  viewport: HTMLDivElement,
  hooks: GestureHooks,
  initial: ViewTransform,
): Gestures {
  const behavior = d3zoom<HTMLDivElement, unknown>()
    .extent(() => {
      const { width, height } = hooks.size();
      return [
        [0, 0],
        [width, height],
      ];
    })
    .scaleExtent(hooks.scaleExtent)
    .filter(hooks.filter)
    .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) =>
      hooks.onZoom(event.transform, !!event.sourceEvent),
    );
  const sel = select(viewport);
  sel.call(behavior);
  sel.call(behavior.transform, d3Transform(initial));
  return {
    transformTo(t, ms, done) {
      if (ms > 0)
        sel
          .transition()
          .duration(ms)
          .call(behavior.transform, d3Transform(t))
          // `cancel`: a transition stopped before it started (destroy() in the same frame) ends too.
          .on('end interrupt cancel', () => done?.());
      else {
        sel.call(behavior.transform, d3Transform(t));
        done?.();
      }
    },
    scaleExtent(min, max) {
      behavior.scaleExtent([min, max]);
    },
    destroy() {
      sel.interrupt();
      sel.on('.zoom', null);
    },
  };
}
