/**
 * Loading the geodata from `public/geo/` (same origin only), once per page. The single-file build carries
 * the same files inside itself (`virtual:atlas-geo`, vite.config.ts), so nothing is fetched there.
 */
import type { Topology } from 'topojson-specification';
import inlinedGeo from 'virtual:atlas-geo';

import { checkTopology } from './geo-shape';

/**
 * `territoire-<id>.json`, one territory at its own scale (its communes, EPCIs and neighbours): fetch it
 * with `fetchTopology(territoryGeoFile(id))`, read it with `territoryDetail` (territory-geo.ts). Defined
 * beside the files' shapes, which list these files too.
 */
export { territoryGeoFile } from './geo-shape';

/** A URL under the app's own base, so that the built app works from any sub-path and from one file. */
export function geoUrl(file: string): string {
  return new URL(`geo/${file}`, new URL(import.meta.env.BASE_URL, document.baseURI)).href;
}

/** Topologies already fetched or on their way, by file: one request and one parse per page. */
const topologies = new Map<string, { promise: Promise<Topology>; value?: Topology }>();

/**
 * A topology from `public/geo/`, fetched once per page and shared (nothing mutates a topology). A failed
 * fetch is forgotten, so that asking again retries.
 */
export function fetchTopology(file: string): Promise<Topology> {
  const cached = topologies.get(file);
  if (cached) return cached.promise;
  const entry: { promise: Promise<Topology>; value?: Topology } = {
    promise: loadTopology(file).then(
      (topo) => (entry.value = topo),
      (e: unknown) => {
        topologies.delete(file);
        throw e;
      },
    ),
  };
  topologies.set(file, entry);
  return entry.promise;
}

/**
 * Gives a topology that was read another way: the build's prerender (#17), which renders the first screen
 * in Node from the same `public/geo/` files the page then fetches.
 */
export function primeTopology(file: string, value: Topology): void {
  topologies.set(file, { promise: Promise.resolve(value), value });
}

/** The topology if it has already arrived (the first render can then draw the map at once), else undefined. */
export const readyTopology = (file: string): Topology | undefined => topologies.get(file)?.value;

/**
 * One file: fetched, parsed and checked (geo-shape.ts). A 404, a network error, a truncated file and a
 * file of the wrong shape all reject alike, and are forgotten so that the next request tries again.
 */
async function loadTopology(file: string): Promise<Topology> {
  // In the single file nothing can be fetched (connect-src 'none', and file:// anyway): the text is here.
  const inlined = inlinedGeo?.[file];
  if (inlined !== undefined) return checkTopology(file, JSON.parse(inlined));
  const res = await fetch(geoUrl(file));
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return checkTopology(file, await res.json());
}

/** The two files the first screen draws. */
export const FIRST_SCREEN_GEO = ['france.json', 'territoires.json'] as const;

