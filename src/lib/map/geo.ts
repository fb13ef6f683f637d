/**
 * Loading the map's geodata from `public/geo/` (same origin only) and turning TopoJSON into the
 * features and meshes the renderers draw. Rings in these files are already in d3-geo's winding.
 * The single-file build carries the same files inside itself (`virtual:atlas-geo`, vite.config.ts).
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import inlinedGeo from 'virtual:atlas-geo';

export interface AreaProps {
  id: string;
  name: string;
  [key: string]: unknown;
}

export interface BaseMap {
  regions: Feature<Geometry, AreaProps>[];
  /** Borders between départements that are not also région borders, drawn once. */
  departementLines: MultiLineString;
  regionLines: MultiLineString;
  /** The coastline and land borders: the outer edge of the régions. */
  outline: MultiLineString;
}

export type TerritoryShapes = Feature<Geometry, AreaProps>[];

/** A URL under the app's own base, so that the built app works from any sub-path and from one file. */
export function geoUrl(file: string): string {
  return new URL(`geo/${file}`, new URL(import.meta.env.BASE_URL, document.baseURI)).href;
}

export async function fetchTopology(file: string, signal?: AbortSignal): Promise<Topology> {
  // In the single file nothing can be fetched (connect-src 'none', and file:// anyway): the text is here.
  const inlined = inlinedGeo?.[file];
  if (inlined !== undefined) {
    signal?.throwIfAborted();
    return JSON.parse(inlined) as Topology;
  }
  const res = await fetch(geoUrl(file), { signal });
  if (!res.ok) throw new Error(`${file}: HTTP ${res.status}`);
  return (await res.json()) as Topology;
}

function collection(topo: Topology, name: string): GeometryCollection {
  const obj = topo.objects[name];
  if (!obj || obj.type !== 'GeometryCollection') throw new Error(`TopoJSON object « ${name} » missing`);
  return obj as GeometryCollection;
}

/** Features of one object, with `properties.id` guaranteed (the join key everywhere). */
export function features(topo: Topology, name: string, idKey = 'id'): Feature<Geometry, AreaProps>[] {
  const fc = feature(topo, collection(topo, name)) as FeatureCollection<Geometry, Record<string, unknown>>;
  return fc.features.map((f) => {
    const p = f.properties ?? {};
    const id = String(p[idKey] ?? p['code'] ?? f.id ?? '');
    const name = String(p['name'] ?? p['nom'] ?? id);
    return { ...f, properties: { ...p, id, name } } as Feature<Geometry, AreaProps>;
  });
}

export function baseMap(topo: Topology): BaseMap {
  const regions = collection(topo, 'regions');
  const deps = collection(topo, 'departements');
  const depRegion = (g: { properties?: Record<string, unknown> }) => g.properties?.['region'];
  return {
    regions: features(topo, 'regions', 'code'),
    departementLines: mesh(
      topo,
      deps,
      (a, b) => a !== b && (depRegion(a) === undefined || depRegion(a) === depRegion(b)),
    ),
    regionLines: mesh(topo, regions, (a, b) => a !== b),
    outline: mesh(topo, regions, (a, b) => a === b),
  };
}
