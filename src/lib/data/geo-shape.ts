/**
 * What each geodata file of `public/geo/` must hold before the map uses it: a TopoJSON topology with the
 * expected objects, geometries of known types whose arcs exist, and the properties the map reads. A file
 * of another shape (valid JSON from a misconfigured host, a truncated or replaced file) is then a failed
 * load like a 404, said in the atlas's own words and retried, instead of an error deep in the drawing.
 */
import type { Topology } from 'topojson-specification';

import { TERRITORY_IDS, type TerritoryId } from './ids';

interface ObjectShape {
  /** Properties every geometry carries: non-empty strings. */
  properties: readonly string[];
  /** Properties every geometry carries: finite numbers. */
  numbers?: readonly string[];
  /** Properties a geometry may carry, `true` when present. */
  flags?: readonly string[];
  /** The ids the object must hold, each once (the eight territories); else any non-empty list. */
  ids?: readonly string[];
  /** The property holding the id (for `ids`). */
  idKey?: string;
}

/** The file of one territory at its own scale: its communes, its EPCIs and the communes around it. */
export const territoryGeoFile = (id: TerritoryId): string => `territoire-${id}.json`;

/** A territory file (`territoire-<id>.json`, scripts/geo/build.mjs): communes, EPCIs, neighbours. */
const TERRITORY_SHAPE: Record<string, ObjectShape> = {
  communes: { properties: ['code', 'nom', 'epci'], numbers: ['population'], flags: ['seat'] },
  epcis: { properties: ['siren', 'nom'] },
  voisines: { properties: ['code'] },
};

/** Per file, the objects the map reads and what it reads in them. */
export const GEO_SHAPES: Record<string, Record<string, ObjectShape>> = {
  'france.json': {
    regions: { properties: ['code', 'nom'] },
    departements: { properties: ['code', 'nom'] },
  },
  'territoires.json': {
    territoires: { properties: ['id', 'name'], ids: TERRITORY_IDS, idKey: 'id' },
  },
  'territoires-industrie.json': { territoiresIndustrie: { properties: ['id', 'name'] } },
  'perimetres-alternatifs.json': { perimetres: { properties: ['id', 'territory'] } },
  ...Object.fromEntries(TERRITORY_IDS.map((id) => [territoryGeoFile(id), TERRITORY_SHAPE])),
};

/** Why a geodata file cannot be used: for the console and the tests; the views say their own sentence. */
export class GeoShapeError extends Error {
  constructor(
    readonly file: string,
    readonly where: string,
  ) {
    super(`${file}: ${where}`);
    this.name = 'GeoShapeError';
  }
}

const AREA_TYPES = new Set(['Polygon', 'MultiPolygon']);
const LINE_TYPES = new Set(['LineString', 'MultiLineString']);
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isPair = (v: unknown) =>
  Array.isArray(v) && v.length === 2 && Number.isFinite(v[0]) && Number.isFinite(v[1]);
/** Every arc a list of at least two positions: a plain loop, since it runs over every point of the first
 * screen's files before hydration (#17: `every` with a closure per point took 10 ms of it). */
function positionsOk(arc: unknown): boolean {
  if (!Array.isArray(arc) || arc.length < 2) return false;
  for (let k = 0; k < arc.length; k++) if (!isPair(arc[k])) return false;
  return true;
}

/** Arc references nested `depth` deep: integers naming an arc that exists (negative: reversed). */
function arcsOk(v: unknown, depth: number, count: number): boolean {
  if (!Array.isArray(v)) return false;
  if (depth === 0) return v.every((i) => Number.isInteger(i) && (i >= 0 ? i < count : ~i < count));
  return v.every((x) => arcsOk(x, depth - 1, count));
}

/**
 * The topology itself when `value` (parsed JSON of `file`) has the shape the map needs; otherwise a
 * GeoShapeError naming the first thing wrong. Files not listed in GEO_SHAPES get the topology checks only.
 */
export function checkTopology(file: string, value: unknown): Topology {
  const fail = (where: string): never => {
    throw new GeoShapeError(file, where);
  };
  if (!isObject(value) || value['type'] !== 'Topology') fail('not a TopoJSON topology');
  const topo = value as Record<string, unknown>;
  const arcs = topo['arcs'];
  if (!Array.isArray(arcs)) fail('no arcs');
  const arcList = arcs as unknown[];
  arcList.forEach((arc, i) => {
    if (!positionsOk(arc)) fail(`arc ${i} is not a list of positions`);
  });
  const transform = topo['transform'];
  if (transform !== undefined && (!isObject(transform) || !isPair(transform['scale']) || !isPair(transform['translate'])))
    fail('transform is not { scale, translate }');
  const objects = topo['objects'];
  if (!isObject(objects)) fail('no objects');
  const expected = GEO_SHAPES[file] ?? {};
  for (const [name, shape] of Object.entries(expected)) {
    const obj = (objects as Record<string, unknown>)[name];
    if (!isObject(obj) || obj['type'] !== 'GeometryCollection' || !Array.isArray(obj['geometries']))
      fail(`object « ${name} » missing`);
    const geometries = (obj as { geometries: unknown[] }).geometries;
    if (geometries.length === 0) fail(`object « ${name} » is empty`);
    const seen = new Set<string>();
    geometries.forEach((g, i) => {
      const at = `${name} › ${i}`;
      if (!isObject(g)) return fail(`${at}: not a geometry`);
      const type = g['type'];
      const depth = type === 'MultiPolygon' ? 2 : type === 'Polygon' || type === 'MultiLineString' ? 1 : 0;
      if (typeof type !== 'string' || !(AREA_TYPES.has(type) || LINE_TYPES.has(type)))
        fail(`${at}: geometry type ${JSON.stringify(type)}`);
      if (!arcsOk(g['arcs'], depth, arcList.length)) fail(`${at}: arcs`);
      const props = g['properties'];
      if (!isObject(props)) return fail(`${at}: no properties`);
      for (const key of shape.properties) {
        const p = props[key];
        if (typeof p !== 'string' || p === '') fail(`${at} › ${key}`);
      }
      for (const key of shape.numbers ?? []) if (!Number.isFinite(props[key])) fail(`${at} › ${key}`);
      for (const key of shape.flags ?? []) if (key in props && props[key] !== true) fail(`${at} › ${key}`);
      if (shape.idKey) seen.add(String(props[shape.idKey]));
    });
    for (const id of shape.ids ?? []) if (!seen.has(id)) fail(`object « ${name} » lacks « ${id} »`);
  }
  return value as unknown as Topology;
}
