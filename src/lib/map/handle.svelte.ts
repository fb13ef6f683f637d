/**
 * What one atlas's map shows, as plain data: its camera, its size on screen and the geodata it draws.
 * `App.svelte` creates the handle and provides it by context; the map fills it; `share/` reads it (the
 * slide export draws the same view again) and asks for the paper size while printing. Nothing of the
 * map's components is parked here or in `AppState`.
 */
import { createContext } from 'svelte';
import type { Topology } from 'topojson-specification';

import type { Camera } from '../state/url';
import {
  baseMap,
  baseMapPaths,
  features,
  territoriesObject,
  type BaseMap,
  type TerritoryShapes,
} from './geo';

/** What an export needs to draw the map again: the geodata as GeoJSON, the camera and the map's size. */
export interface MapSnapshot {
  base: BaseMap;
  /** The départements as features (a territory slide names those around it). */
  departements: ReturnType<typeof features>;
  shapes: TerritoryShapes;
  camera: Camera;
  width: number;
  height: number;
}

/** The SVG map's path data (map/topo-paths.ts), as SvgMap draws it. */
export interface FirstScreenPaths {
  base: ReturnType<typeof baseMapPaths>;
  shapes: { id: string; d: string }[];
}

/** The prerendered map's path data in `root`, or null if any of it is missing. */
export function readFirstScreenPaths(root: ParentNode): FirstScreenPaths | null {
  const paths = [...root.querySelectorAll('svg.svg-map path[d]')];
  const of = (name: string) => paths.filter((p) => p.classList.contains(name));
  const d = (p: Element) => p.getAttribute('d')!;
  const [departementLines = [], regionLines = [], outline = []] = ['dep-lines', 'region-lines', 'coast'].map(
    (n) => of(n).map(d),
  );
  const regions = of('land').map(d);
  const shapes = of('territory').map((p) => ({ id: p.getAttribute('data-id')!, d: d(p) }));
  return departementLines.length && regionLines.length && outline.length && regions.length && shapes.length
    ? {
        base: { regions, departementLines, regionLines, outline },
        shapes,
      }
    : null;
}

export interface Size {
  width: number;
  height: number;
}

export class MapHandle {
  /** The camera the map shows, once it has a size. */
  camera: Camera | null = $state.raw(null);
  /** The map's size in CSS pixels (0 × 0 until laid out). */
  size: Size = $state.raw({ width: 0, height: 0 });
  /** The base map and the territories, once they have arrived. */
  france: Topology | null = $state.raw(null);
  territories: Topology | null = $state.raw(null);
  /**
   * The map's box on paper while the page prints (`share/print.ts`), null on screen. The map lays itself
   * out at this size when it is on the printed page.
   */
  paper: Size | null = $state.raw(null);
  /**
   * In the build's server render only (#17): the markers' and labels' positions of the prerendered first
   * screen, as CSS (map/first-screen.ts), which src/prerender.ts hands to the page's `<head>`.
   */
  firstScreenCss = '';
  /**
   * In the page that hydrates the prerendered first screen (#17): the map's path data as the HTML has
   * it, read back by main.ts, so that hydration does not compute the same strings again from the same
   * geodata. The map writes its own once it has measured itself.
   */
  firstScreenPaths: FirstScreenPaths | null = null;

  /** The current view as GeoJSON, for exports drawn again at another size; null before the map is drawn. */
  snapshot(): MapSnapshot | null {
    const { france, territories, camera, size } = this;
    if (!france || !territories || !camera || !size.width || !size.height) return null;
    return {
      base: baseMap(france),
      departements: features(france, 'departements', 'code'),
      shapes: features(territories, territoriesObject(territories)),
      camera,
      width: size.width,
      height: size.height,
    };
  }
}

/** `getMapHandle()` throws outside an atlas: the map and the exports sit inside `App.svelte`, which provides it. */
export const [getMapHandle, setMapHandle] = createContext<MapHandle>();
