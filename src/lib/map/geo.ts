/**
 * TopoJSON (loaded by `data/geo.ts`) turned into the features, meshes, boxes and path data the renderers
 * draw. Rings in these files are already in d3-geo's winding.
 */
import type { Feature, FeatureCollection, Geometry, MultiLineString } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

import type { TopoPaths } from './topo-paths';

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

function collection(topo: Topology, name: string): GeometryCollection {
  const obj = topo.objects[name];
  if (!obj || obj.type !== 'GeometryCollection') throw new Error(`TopoJSON object « ${name} » missing`);
  return obj as GeometryCollection;
}

type Props = { properties?: Record<string, unknown> | null; id?: string | number };

/** The join key of a feature or a topology geometry: `idKey`, else `code`, else its own id. */
function idOf(g: Props, idKey: string): string {
  const p = g.properties ?? {};
  return String(p[idKey] ?? p['code'] ?? g.id ?? '');
}

/** Features of one object, with `properties.id` guaranteed (the join key everywhere). */
export function features(topo: Topology, name: string, idKey = 'id'): Feature<Geometry, AreaProps>[] {
  const fc = feature(topo, collection(topo, name)) as FeatureCollection<Geometry, Record<string, unknown>>;
  return fc.features.map((f) => {
    const p = f.properties ?? {};
    const id = idOf(f as Props, idKey);
    const name = String(p['name'] ?? p['nom'] ?? id);
    return { ...f, properties: { ...p, id, name } } as Feature<Geometry, AreaProps>;
  });
}

/**
 * A feature's longitude/latitude box: the min and max of its vertices. For areas the size of a
 * département this is d3's spherical `geoBounds` to the metre, for a fraction of its cost (it runs on
 * the first click on a territory).
 */
export function lonLatBounds(f: Feature<Geometry, unknown>): [[number, number], [number, number]] {
  let w = Infinity;
  let s = Infinity;
  let e = -Infinity;
  let n = -Infinity;
  const visit = (c: unknown): void => {
    if (typeof (c as number[])[0] === 'number') {
      const [x, y] = c as [number, number];
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    } else for (const d of c as unknown[]) visit(d);
  };
  const g = f.geometry;
  if (g.type === 'GeometryCollection')
    for (const c of g.geometries) visit((c as { coordinates: unknown }).coordinates);
  else visit(g.coordinates);
  return [
    [w, s],
    [e, n],
  ];
}

/**
 * Each geometry's longitude/latitude box, keyed like `features()`, straight from the topology: each arc
 * decoded once, no GeoJSON built. The same boxes as `lonLatBounds(feature)` (unit-tested), for the
 * territory framings the first click on the map needs.
 */
export function topoBounds(
  topo: Topology,
  name: string,
  idKey = 'id',
): Map<string, [[number, number], [number, number]]> {
  const t = topo.transform;
  const [sx, sy] = t?.scale ?? [1, 1];
  const [tx, ty] = t?.translate ?? [0, 0];
  const arcBox: ([number, number, number, number] | undefined)[] = [];
  const boxOf = (i: number): [number, number, number, number] => {
    const cached = arcBox[i];
    if (cached) return cached;
    let w = Infinity;
    let s = Infinity;
    let e = -Infinity;
    let n = -Infinity;
    let x = 0;
    let y = 0;
    for (const p of topo.arcs[i] ?? []) {
      if (t) {
        x += p[0]!;
        y += p[1]!;
      } else {
        x = p[0]!;
        y = p[1]!;
      }
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
    return (arcBox[i] = [w * sx + tx, s * sy + ty, e * sx + tx, n * sy + ty]);
  };
  const out = new Map<string, [[number, number], [number, number]]>();
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (g: unknown): void => {
    if (typeof g === 'number') {
      const [w, s, e, n] = boxOf(g < 0 ? ~g : g);
      if (w < box[0]!) box[0] = w;
      if (s < box[1]!) box[1] = s;
      if (e > box[2]!) box[2] = e;
      if (n > box[3]!) box[3] = n;
    } else for (const d of g as unknown[]) visit(d);
  };
  for (const g of collection(topo, name).geometries) {
    box.splice(0, 4, Infinity, Infinity, -Infinity, -Infinity);
    if ('arcs' in g) visit(g.arcs);
    if (box[0] === Infinity) continue;
    out.set(idOf(g as Props, idKey), [
      [box[0]!, box[1]!],
      [box[2]!, box[3]!],
    ]);
  }
  return out;
}

/** The territories' object: the file holds one. */
export const territoriesObject = (topo: Topology): string => Object.keys(topo.objects)[0] ?? 'territoires';

type MeshFilter = (a: Props, b: Props) => boolean;
const depRegion = (g: Props) => g.properties?.['region'];
/** Which arcs each boundary line takes (topojson `mesh` filters), for both ways of drawing them. */
const MESHES: Record<'departementLines' | 'regionLines' | 'outline', [object: string, filter: MeshFilter]> = {
  // Borders between départements that are not also région borders.
  departementLines: [
    'departements',
    (a, b) => a !== b && (depRegion(a) === undefined || depRegion(a) === depRegion(b)),
  ],
  regionLines: ['regions', (a, b) => a !== b],
  outline: ['regions', (a, b) => a === b],
};

export function baseMap(topo: Topology): BaseMap {
  const line = (key: keyof typeof MESHES) => mesh(topo, collection(topo, MESHES[key][0]), MESHES[key][1]);
  return {
    regions: features(topo, 'regions', 'code'),
    departementLines: line('departementLines'),
    regionLines: line('regionLines'),
    outline: line('outline'),
  };
}

/**
 * The SVG map's path data for the base map, straight from the topology (`topo-paths.ts`): a path per
 * region, and each boundary line as a few paths, grouped by where they lie (`meshGroups`).
 */
export function baseMapPaths(topo: Topology, paths: TopoPaths) {
  const line = (key: keyof typeof MESHES) =>
    paths.meshGroups(collection(topo, MESHES[key][0]), MESHES[key][1]);
  return {
    regions: collection(topo, 'regions').geometries.map((g) => paths.geometry(g)),
    departementLines: line('departementLines'),
    regionLines: line('regionLines'),
    outline: line('outline'),
  };
}

/** The SVG map's path data for each territory, keyed like `features()`. */
export function territoryPaths(topo: Topology, paths: TopoPaths): { id: string; d: string }[] {
  return collection(topo, territoriesObject(topo)).geometries.map((g) => ({
    id: idOf(g as Props, 'id'),
    d: paths.geometry(g),
  }));
}
