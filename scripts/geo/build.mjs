// Geodata pipeline: data/geo-raw/ (committed, trimmed inputs) → public/geo/ (TopoJSON for the app).
//
// Usage: node scripts/geo/build.mjs [outDir]      (npm run geo; default outDir public/geo)
//
// Deterministic: the same inputs give byte-identical files (fixed feature order, fixed key order,
// no timestamps, no gzip sizes in the manifest). tests/unit/geo.test.ts rebuilds into a temporary
// directory and compares every byte with public/geo/.
//
// Outputs (see data/SOURCES.md « Géodonnées / Geodata » and data/geo-raw/README.md):
// - france.json                   metropolitan régions + départements, national-view detail
// - territoires.json              the eight default perimeters, dissolved from COG 2024 communes
// - perimetres-alternatifs.json   the five alternative perimeters (same arcs as territoires.json)
// - territoires-industrie.json    the 183 Territoires d'industrie 2023-2027 (ANCT)
// - manifest.json                 objects, feature counts, bytes and sha256 of the files above
//
// Every ring is written in d3-geo's winding (exterior rings clockwise in planar lon/lat); the build
// fails if a feature's spherical area is not small and positive.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

import { geoArea } from 'd3-geo';
import topojsonClient from 'topojson-client';
import topojsonServer from 'topojson-server';
import topojsonSimplify from 'topojson-simplify';

const { bbox: topoBbox, feature, mergeArcs, quantize } = topojsonClient;
const { topology } = topojsonServer;
const { filter, filterAttachedWeight, presimplify, quantile, simplify } = topojsonSimplify;

/** @typedef {import('geojson').Position} Position */
/** @typedef {import('geojson').Feature} Feature */
/** @typedef {{type: string, arcs?: any, id?: string, properties?: Record<string, unknown>, geometries?: TopoGeometry[]}} TopoGeometry */
/** @typedef {{type: 'Topology', bbox?: number[], transform?: {scale: number[], translate: number[]}, objects: Record<string, TopoGeometry>, arcs: any[][]}} Topology */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RAW = join(ROOT, 'data/geo-raw');
export const DEFAULT_OUT_DIR = join(ROOT, 'public/geo');

/** Territory ids in the canonical order (PRODUCT.md « Ids and canonical order »). */
export const TERRITORY_IDS = [
  'bassin-de-brive',
  'pays-compiegnois',
  'creusot-montceau',
  'nord-loiret',
  'lezoux-thiers-ambert',
  'lisieux-normandie',
  'terres-de-montaigu',
  'mulhouse-alsace-agglomeration',
];

/**
 * Alternative perimeters: fixed ids. Each EPCI set must equal one of the territory's
 * `alternativePerimeters` in data/geo-raw/territories.json, or be a subset of its default perimeter.
 */
export const ALTERNATIVES = [
  { id: 'pays-compiegnois--arc', territory: 'pays-compiegnois', epcis: ['200067965'] },
  {
    id: 'pays-compiegnois--ti-2018',
    territory: 'pays-compiegnois',
    epcis: ['200067965', '246000749', '246000772', '246000897'],
  },
  { id: 'nord-loiret--pithiverais-gatinais', territory: 'nord-loiret', epcis: ['200071850'] },
  {
    id: 'lezoux-thiers-ambert--ti-8408',
    territory: 'lezoux-thiers-ambert',
    epcis: ['246301097', '200070712', '200070761', '200065886'],
  },
  {
    id: 'lezoux-thiers-ambert--thiers-dore-montagne',
    territory: 'lezoux-thiers-ambert',
    epcis: ['200070712'],
  },
];

/** Metropolitan France's bounding box, used to mark overseas Territoires d'industrie. */
export const METRO_BBOX = { west: -5.5, east: 10, south: 41, north: 51.5 };

/** Simplification settings (also written to the manifest). */
export const SETTINGS = {
  france: {
    // The base map is already IGN ADMIN EXPRESS 2018 → france-geojson (25 %) → 20 % (shared base).
    // Visvalingam (planar triangle area in degrees²), keep this share of the non-endpoint vertices:
    keep: 0.3,
    // Drop detached islands smaller than this planar area (degrees², 1e-4 ≈ 0.8 km² at 46° N).
    minIslandArea: 1e-4,
    quantization: 1e5,
  },
  territoires: {
    // The commune polygons are france-geojson (25 % of IGN); keep this share of their vertices.
    // 0.5 stays within a pixel or two of the raw outline when one territory fills 800 px.
    keep: 0.5,
    quantization: 1e5,
  },
  territoiresIndustrie: {
    // ANCT's generalised polygons; national view only.
    keep: 0.2,
    quantization: 1e5,
  },
  territoire: {
    // territoire-<id>.json: one topology per territory (members and neighbours share their arcs).
    // Neighbours: every commune whose polygon's bbox meets the territory's bbox grown on each side
    // by this share of its larger side (neighbourhoodBox).
    neighbourhood: 0.6,
  },
  // Every ring keeps at least this many distinct vertices (« keep-shapes »).
  minRingVertices: 4,
};

// ---------------------------------------------------------------------------------------------
// Small helpers

/** @param {string} p */
const readRawJson = (p) => JSON.parse(readFileSync(join(RAW, p), 'utf8'));

/** Planar signed area (lon/lat, y up): > 0 counter-clockwise. @param {Position[]} ring */
function signedArea(ring) {
  let s = 0;
  for (let i = 0, n = ring.length - 1; i < n; i++) {
    const a = /** @type {Position} */ (ring[i]);
    const b = /** @type {Position} */ (ring[i + 1]);
    s +=
      /** @type {number} */ (a[0]) * /** @type {number} */ (b[1]) -
      /** @type {number} */ (b[0]) * /** @type {number} */ (a[1]);
  }
  return s / 2;
}

/**
 * Rewinds a GeoJSON (Multi)Polygon in place to d3-geo's winding: exterior rings clockwise,
 * holes counter-clockwise, in planar lon/lat (the opposite of RFC 7946).
 * @param {import('geojson').Polygon | import('geojson').MultiPolygon} geometry
 */
export function rewindForD3(geometry) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    polygon.forEach((ring, i) => {
      const area = signedArea(ring);
      if ((i === 0 && area > 0) || (i > 0 && area < 0)) ring.reverse();
    });
  }
  return geometry;
}

/**
 * « keep-shapes »: after presimplify, raises the weight of the strongest interior vertices of any
 * ring that would keep fewer than `minVertices` distinct vertices at `minWeight`, so that no ring
 * collapses. Works on arcs, so rings that share arcs stay consistent.
 * @param {Topology} topo presimplified topology (points [x, y, weight])
 * @param {number} minWeight
 * @param {number} minVertices
 */
function protectRings(topo, minWeight, minVertices) {
  /** @param {number[]} ring */
  const protectRing = (ring) => {
    let kept = 0;
    /** @type {number[][]} */
    const candidates = [];
    for (const index of ring) {
      const arc = /** @type {number[][]} */ (topo.arcs[index < 0 ? ~index : index]);
      // Each arc's first point is the previous arc's last point: count it once.
      for (let i = 1; i < arc.length; i++) {
        const point = /** @type {number[]} */ (arc[i]);
        if (/** @type {number} */ (point[2]) >= minWeight) kept++;
        else if (i < arc.length - 1) candidates.push(point);
      }
    }
    if (kept >= minVertices) return;
    // Strongest first; ties broken by coordinates so the choice never depends on sort stability.
    candidates.sort(
      (a, b) =>
        /** @type {number} */ (b[2]) - /** @type {number} */ (a[2]) ||
        /** @type {number} */ (a[0]) - /** @type {number} */ (b[0]) ||
        /** @type {number} */ (a[1]) - /** @type {number} */ (b[1]),
    );
    for (const point of candidates.slice(0, minVertices - kept)) point[2] = Infinity;
  };
  /** @param {TopoGeometry} g */
  const walk = (g) => {
    if (g.type === 'GeometryCollection') g.geometries?.forEach(walk);
    else if (g.type === 'Polygon') g.arcs.forEach(protectRing);
    else if (g.type === 'MultiPolygon')
      g.arcs.forEach((/** @type {number[][]} */ p) => p.forEach(protectRing));
  };
  Object.values(topo.objects).forEach(walk);
}

/**
 * presimplify → keep `keep` of the vertices (weight quantile) with keep-shapes → optional
 * small-island filter → quantize last (presimplify drops the transform).
 * @param {Topology} topo unquantized or quantized topology
 * @param {{keep: number, quantization: number, minIslandArea?: number}} options
 * @returns {Topology}
 */
function simplifyAndQuantize(topo, { keep, quantization, minIslandArea }) {
  let t = /** @type {Topology} */ (presimplify(/** @type {any} */ (topo)));
  const minWeight = quantile(/** @type {any} */ (t), keep);
  protectRings(t, minWeight, SETTINGS.minRingVertices);
  t = /** @type {Topology} */ (simplify(/** @type {any} */ (t), minWeight));
  if (minIslandArea)
    t = /** @type {Topology} */ (
      filter(/** @type {any} */ (t), filterAttachedWeight(/** @type {any} */ (t), minIslandArea))
    );
  return /** @type {Topology} */ (quantize(/** @type {any} */ (t), quantization));
}

/** A merged MultiPolygon of one part is written as a Polygon. @param {number[][][]} arcs */
function polygonOrMulti(arcs) {
  return arcs.length === 1 ? { type: 'Polygon', arcs: arcs[0] } : { type: 'MultiPolygon', arcs };
}

/**
 * Keeps only the given objects, drops unused arcs, recomputes the bbox, and fixes key order.
 * @param {Topology} topo quantized topology
 * @param {Record<string, TopoGeometry[]>} objects
 * @returns {Topology}
 */
function finishTopology(topo, objects) {
  /** @type {Record<string, TopoGeometry>} */
  const collections = {};
  for (const [name, geometries] of Object.entries(objects)) {
    collections[name] = { type: 'GeometryCollection', geometries };
  }
  // filter() with no ring filter keeps every ring and prunes unused arcs.
  const pruned = /** @type {Topology} */ (
    filter(/** @type {any} */ ({ ...topo, objects: collections }), () => true)
  );
  /** @param {TopoGeometry} g @returns {TopoGeometry} */
  const ordered = (g) => {
    /** @type {TopoGeometry} */
    const out = { type: g.type };
    if (g.id != null) out.id = g.id;
    if (g.properties != null) out.properties = g.properties;
    out.arcs = g.arcs;
    return out;
  };
  /** @type {Record<string, TopoGeometry>} */
  const outObjects = {};
  for (const name of Object.keys(objects)) {
    outObjects[name] = {
      type: 'GeometryCollection',
      geometries: (pruned.objects[name]?.geometries ?? []).map(ordered),
    };
  }
  const result = /** @type {Topology} */ ({
    type: 'Topology',
    bbox: [],
    transform: pruned.transform,
    objects: outObjects,
    arcs: pruned.arcs,
  });
  result.bbox = topoBbox(/** @type {any} */ (result)).map((x) => Math.round(x * 1e6) / 1e6);
  return result;
}

/**
 * Fails the build when a feature would be drawn inside out by d3-geo (area near 4π) or is empty.
 * @param {string} file @param {Topology} topo
 */
function checkAreas(file, topo) {
  for (const [name, object] of Object.entries(topo.objects)) {
    for (const g of object.geometries ?? []) {
      const area = geoArea(/** @type {any} */ (feature(/** @type {any} */ (topo), /** @type {any} */ (g))));
      if (!(area > 0 && area < 0.01)) {
        throw new Error(
          `${file} ${name} ${g.id ?? JSON.stringify(g.properties)}: geoArea ${area} sr (wrong winding or empty)`,
        );
      }
    }
  }
}

/**
 * Planar bbox of a (Multi)Polygon's exterior rings.
 * @param {import('geojson').Polygon | import('geojson').MultiPolygon} geometry
 * @returns {[number, number, number, number]} west, south, east, north
 */
export function planarBbox(geometry) {
  let west = Infinity,
    south = Infinity,
    east = -Infinity,
    north = -Infinity;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const polygon of polygons) {
    for (const [x, y] of /** @type {number[][]} */ (polygon[0])) {
      west = Math.min(west, /** @type {number} */ (x));
      east = Math.max(east, /** @type {number} */ (x));
      south = Math.min(south, /** @type {number} */ (y));
      north = Math.max(north, /** @type {number} */ (y));
    }
  }
  return [west, south, east, north];
}

/**
 * A territory's neighbourhood: its bbox grown on each side by SETTINGS.territoire.neighbourhood ×
 * the larger of its width and height, the width measured on the ground (Δlon × cos of the middle
 * latitude) so that the margin is the same distance east–west and north–south. Shared with
 * trim-inputs.mjs, which keeps the commune polygons this box meets.
 * @param {[number, number, number, number]} bbox west, south, east, north (degrees)
 * @returns {[number, number, number, number]}
 */
export function neighbourhoodBox([west, south, east, north]) {
  const k = Math.cos((((south + north) / 2) * Math.PI) / 180);
  const margin = SETTINGS.territoire.neighbourhood * Math.max((east - west) * k, north - south);
  return [west - margin / k, south - margin, east + margin / k, north + margin];
}

/** @param {number[]} a @param {number[]} b bboxes west, south, east, north */
export const bboxesIntersect = (a, b) =>
  /** @type {number} */ (a[0]) <= /** @type {number} */ (b[2]) &&
  /** @type {number} */ (a[2]) >= /** @type {number} */ (b[0]) &&
  /** @type {number} */ (a[1]) <= /** @type {number} */ (b[3]) &&
  /** @type {number} */ (a[3]) >= /** @type {number} */ (b[1]);

// ---------------------------------------------------------------------------------------------
// Inputs

function readTerritories() {
  /** @type {{territories: {id: string, shortName: string, epcis: {siren: string}[], alternativePerimeters: {epcis: {siren: string}[]}[]}[]}} */
  const data = readRawJson('territories.json');
  const ids = data.territories.map((t) => t.id);
  if (JSON.stringify(ids) !== JSON.stringify(TERRITORY_IDS))
    throw new Error(`territories.json: ids ${ids.join(', ')}`);
  for (const alt of ALTERNATIVES) {
    const t = /** @type {(typeof data.territories)[number]} */ (
      data.territories.find((x) => x.id === alt.territory)
    );
    const key = [...alt.epcis].sort().join(',');
    const known = t.alternativePerimeters.some(
      (a) =>
        a.epcis
          .map((e) => e.siren)
          .sort()
          .join(',') === key,
    );
    const subset = alt.epcis.every((s) => t.epcis.some((e) => e.siren === s));
    if (!known && !subset)
      throw new Error(`${alt.id}: EPCIs ${key} are neither an alternative nor a part of ${t.id}`);
  }
  return data.territories;
}

/** @returns {Map<string, {code2024: string, epci: string}>} INSEE 2018 code → COG 2024 commune and EPCI */
function readCrosswalk() {
  const lines = readFileSync(join(RAW, 'communes/communes-crosswalk-2018-to-cog2024.csv'), 'utf8')
    .trimEnd()
    .split('\n');
  const header = /** @type {string} */ (lines[0]).split(',');
  const code = header.indexOf('code2018');
  const code2024 = header.indexOf('code2024');
  const epci = header.indexOf('epci_siren_2024');
  /** @type {Map<string, {code2024: string, epci: string}>} */
  const map = new Map();
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    map.set(/** @type {string} */ (cells[code]), {
      code2024: /** @type {string} */ (cells[code2024]),
      epci: /** @type {string} */ (cells[epci]),
    });
  }
  return map;
}

/**
 * Every 2018 commune polygon of data/geo-raw/communes/, joined to the crosswalk, rewound for d3-geo,
 * sorted by 2018 code.
 * @returns {{code: string, code2024: string, epci: string, geometry: import('geojson').Polygon | import('geojson').MultiPolygon}[]}
 */
function readCommunePolygons() {
  const crosswalk = readCrosswalk();
  /** @type {ReturnType<typeof readCommunePolygons>} */
  const polygons = [];
  for (const file of readdirSync(join(RAW, 'communes'))
    .filter((f) => f.endsWith('.geojson'))
    .sort()) {
    /** @type {import('geojson').FeatureCollection} */
    const fc = readRawJson(join('communes', file));
    for (const f of fc.features) {
      const code = /** @type {string} */ (f.properties?.code);
      const row = crosswalk.get(code);
      if (!row) throw new Error(`${file}: commune ${code} is not in the crosswalk`);
      polygons.push({ code, ...row, geometry: rewindForD3(/** @type {any} */ (f.geometry)) });
    }
  }
  return polygons.sort((a, b) => (a.code < b.code ? -1 : 1));
}

// ---------------------------------------------------------------------------------------------
// Outputs

/** France: metropolitan départements and régions (régions merged from départements: shared arcs). */
function buildFrance() {
  /** @type {Topology} */
  const base = readRawJson('base/france-regions-departements.topojson');
  const baseObjects = /** @type {Record<string, TopoGeometry>} */ (base.objects);
  /** @type {Map<string, string>} */
  const regionNames = new Map();
  for (const g of baseObjects.regions?.geometries ?? []) {
    const p = /** @type {{code: string, nom: string, zone: string}} */ (g.properties);
    if (p.zone === 'metro') regionNames.set(p.code, p.nom);
  }
  const departements = (baseObjects.departements?.geometries ?? [])
    .filter((g) => /** @type {{zone: string}} */ (g.properties).zone === 'metro')
    .map((g) => {
      const p = /** @type {{code: string, nom: string, region: string}} */ (g.properties);
      const f = /** @type {Feature} */ (feature(/** @type {any} */ (base), /** @type {any} */ (g)));
      return {
        type: 'Feature',
        properties: { code: p.code, nom: p.nom, region: p.region },
        geometry: rewindForD3(/** @type {any} */ (f.geometry)),
      };
    })
    .sort((a, b) => (a.properties.code < b.properties.code ? -1 : 1));

  // The base is on a 1e6 grid already; quantizing at 1e6 here only snaps float noise.
  const topo = /** @type {Topology} */ (
    topology(
      /** @type {any} */ ({ departements: { type: 'FeatureCollection', features: departements } }),
      1e6,
    )
  );
  const t = simplifyAndQuantize(topo, SETTINGS.france);
  const depGeoms = t.objects.departements?.geometries ?? [];

  const regionCodes = [...regionNames.keys()].sort();
  const regions = regionCodes.map((code) => {
    const members = depGeoms.filter((g) => /** @type {{region: string}} */ (g.properties).region === code);
    if (members.length === 0) throw new Error(`region ${code}: no département`);
    const merged = mergeArcs(/** @type {any} */ (t), /** @type {any} */ (members));
    return {
      ...polygonOrMulti(/** @type {any} */ (merged).arcs),
      properties: { code, nom: regionNames.get(code) },
    };
  });
  const deps = depGeoms.map((g) => {
    const p = /** @type {{code: string, nom: string}} */ (g.properties);
    return { type: g.type, properties: { code: p.code, nom: p.nom }, arcs: g.arcs };
  });
  return finishTopology(t, { regions, departements: deps });
}

/**
 * Territories and alternative perimeters, dissolved from the same simplified commune topology so
 * that their shared borders coincide exactly.
 * @returns {{territoires: Topology, alternatives: Topology}}
 */
function buildTerritories() {
  const territories = readTerritories();
  // Only the communes of the EPCIs used: the neighbours (territoire-<id>.json) stay out of this
  // topology, whose arcs and simplification would change with them.
  const used = new Set(
    territories.flatMap((t) => [
      ...t.epcis.map((e) => e.siren),
      ...t.alternativePerimeters.flatMap((a) => a.epcis.map((e) => e.siren)),
    ]),
  );
  /** @type {Feature[]} */
  const communes = readCommunePolygons()
    .filter((p) => used.has(p.epci))
    .map((p) => ({
      type: 'Feature',
      properties: { code: p.code, epci: p.epci },
      geometry: p.geometry,
    }));

  const topo = /** @type {Topology} */ (
    topology(/** @type {any} */ ({ communes: { type: 'FeatureCollection', features: communes } }), 1e5)
  );
  const t = simplifyAndQuantize(topo, SETTINGS.territoires);
  const communeGeoms = t.objects.communes?.geometries ?? [];

  /** @param {string[]} sirens */
  const dissolve = (sirens) => {
    const members = communeGeoms.filter((g) =>
      sirens.includes(/** @type {{epci: string}} */ (g.properties).epci),
    );
    const found = new Set(members.map((g) => /** @type {{epci: string}} */ (g.properties).epci));
    for (const s of sirens) if (!found.has(s)) throw new Error(`EPCI ${s}: no commune`);
    return polygonOrMulti(
      /** @type {any} */ (mergeArcs(/** @type {any} */ (t), /** @type {any} */ (members))).arcs,
    );
  };

  const territoires = territories.map((x) => ({
    ...dissolve(x.epcis.map((e) => e.siren)),
    id: x.id,
    properties: { id: x.id, name: x.shortName },
  }));
  const perimetres = ALTERNATIVES.map((a) => ({
    ...dissolve(a.epcis),
    id: a.id,
    properties: { id: a.id, territory: a.territory },
  }));
  return {
    territoires: finishTopology(t, { territoires }),
    alternatives: finishTopology(t, { perimetres }),
  };
}

/** The 183 Territoires d'industrie 2023-2027 (ANCT). */
function buildTerritoiresIndustrie() {
  /** @type {import('geojson').FeatureCollection} */
  const fc = readRawJson('anct/territoires-industrie-2023-2027.geojson');
  const features = fc.features
    .map((f) => {
      const geometry = rewindForD3(/** @type {any} */ (f.geometry));
      const [west, south, east, north] = planarBbox(geometry);
      const lon = (west + east) / 2;
      const lat = (south + north) / 2;
      const outreMer = !(
        lon >= METRO_BBOX.west &&
        lon <= METRO_BBOX.east &&
        lat >= METRO_BBOX.south &&
        lat <= METRO_BBOX.north
      );
      const id = /** @type {string} */ (f.properties?.id_territoire);
      return {
        type: 'Feature',
        id,
        properties: { id, name: /** @type {string} */ (f.properties?.lib_territoire), outreMer },
        geometry,
      };
    })
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const topo = /** @type {Topology} */ (
    topology(/** @type {any} */ ({ ti: { type: 'FeatureCollection', features } }), 1e6)
  );
  const t = simplifyAndQuantize(topo, SETTINGS.territoiresIndustrie);
  const geoms = (t.objects.ti?.geometries ?? []).map((g) => ({
    ...g,
    id: /** @type {string} */ (g.properties?.id),
  }));
  return finishTopology(t, { territoiresIndustrie: geoms });
}

/**
 * Builds every file into outDir and returns the manifest.
 * @param {string} [outDir]
 */
export function buildGeo(outDir = DEFAULT_OUT_DIR) {
  mkdirSync(outDir, { recursive: true });
  const { territoires, alternatives } = buildTerritories();
  /** @type {[string, Topology][]} */
  const outputs = [
    ['france.json', buildFrance()],
    ['territoires.json', territoires],
    ['perimetres-alternatifs.json', alternatives],
    ['territoires-industrie.json', buildTerritoiresIndustrie()],
  ];

  /** @type {Record<string, {objects: Record<string, number>, bytes: number, sha256: string}>} */
  const files = {};
  for (const [name, topo] of outputs) {
    checkAreas(name, topo);
    const text = JSON.stringify(topo);
    writeFileSync(join(outDir, name), text);
    /** @type {Record<string, number>} */
    const objects = {};
    for (const [key, o] of Object.entries(topo.objects)) objects[key] = o.geometries?.length ?? 0;
    files[name] = {
      objects,
      bytes: Buffer.byteLength(text),
      sha256: createHash('sha256').update(text).digest('hex'),
    };
  }

  const ti = outputs[3]?.[1].objects.territoiresIndustrie?.geometries ?? [];
  const outreMer = ti.filter((g) => g.properties?.outreMer === true).length;
  const manifest = {
    files,
    territoiresIndustrie: { total: ti.length, metropole: ti.length - outreMer, outreMer },
    metroBbox: METRO_BBOX,
    firstScreen: ['france.json', 'territoires.json'],
    settings: SETTINGS,
    attribution:
      'Fonds : IGN (ADMIN EXPRESS COG 2018, via france-geojson), INSEE/DGCL (COG 2024, via Etalab), ANCT — Licence Ouverte 2.0',
  };
  writeFileSync(join(outDir, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  return manifest;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const outDir = resolve(process.argv[2] ?? DEFAULT_OUT_DIR);
  const start = Date.now();
  const manifest = buildGeo(outDir);
  for (const [name, f] of Object.entries(manifest.files)) {
    console.log(`${name.padEnd(30)} ${String(f.bytes).padStart(8)} B  ${JSON.stringify(f.objects)}`);
  }
  console.log(
    `TI: ${manifest.territoiresIndustrie.metropole} metropolitan, ${manifest.territoiresIndustrie.outreMer} overseas`,
  );
  console.log(`→ ${outDir} in ${Date.now() - start} ms`);
}
