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
// - territoire-<id>.json          one per territory: its communes, EPCIs and neighbour communes
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
    // Share of the vertices kept on the arcs of member communes (their borders with neighbours too),
    // as for territoires.json…
    keep: 0.5,
    // …and on the arcs that only neighbours use (grey context, unnamed): the first of these shares
    // whose file stays within maxBytes, else the last. The neighbours are most of each file (724
    // communes around Lezoux–Thiers–Ambert); maxBytes is about 45 KB gzipped, the hard limit 60 KB
    // (tests/unit/territory-geo.test.ts). Raw bytes, not gzip: the choice must not depend on zlib.
    neighbourKeep: [0.2, 0.1, 0.05],
    maxBytes: 150_000,
    // Over the neighbourhood's extent (1–2°) a grid of 3–7 m, as fine as territoires.json's.
    quantization: 3e4,
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
 * @param {number | ((arc: number) => number)} minWeight one threshold, or each arc's (by index)
 * @param {number} minVertices
 */
function protectRings(topo, minWeight, minVertices) {
  const minOf = typeof minWeight === 'number' ? () => minWeight : minWeight;
  /** @param {number[]} ring */
  const protectRing = (ring) => {
    let kept = 0;
    /** @type {number[][]} */
    const candidates = [];
    for (const index of ring) {
      const arcIndex = index < 0 ? ~index : index;
      const arc = /** @type {number[][]} */ (topo.arcs[arcIndex]);
      const min = minOf(arcIndex);
      // Each arc's first point is the previous arc's last point: count it once.
      for (let i = 1; i < arc.length; i++) {
        const point = /** @type {number[]} */ (arc[i]);
        if (/** @type {number} */ (point[2]) >= min) kept++;
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

/**
 * Arc indices used by the given geometries.
 * @param {TopoGeometry[]} geometries
 */
function arcsOf(geometries) {
  /** @type {Set<number>} */
  const arcs = new Set();
  /** @param {any} a */
  const add = (a) => {
    if (typeof a === 'number') arcs.add(a < 0 ? ~a : a);
    else a.forEach(add);
  };
  for (const g of geometries) add(g.arcs);
  return arcs;
}

/**
 * Like simplifyAndQuantize, with two levels of detail in one topology: the arcs that `detailed`
 * geometries use keep `keep` of their vertices, the arcs only the others use `contextKeep` of theirs
 * (each a weight quantile over its own arcs), and every ring keeps its shape.
 * @param {Topology} topo
 * @param {TopoGeometry[]} detailed
 * @param {TopoGeometry[]} context
 * @param {{keep: number, contextKeep: number, quantization: number}} options
 * @returns {Topology}
 */
function simplifyTwoLevels(topo, detailed, context, { keep, contextKeep, quantization }) {
  let t = /** @type {Topology} */ (presimplify(/** @type {any} */ (topo)));
  const detailedArcs = arcsOf(detailed);
  const arcs = (/** @type {boolean} */ inDetailed) => ({
    arcs: t.arcs.filter((_, i) => detailedArcs.has(i) === inDetailed),
  });
  const minDetailed = quantile(/** @type {any} */ (arcs(true)), keep);
  // A context arc never keeps more than a detailed one would.
  const minContext = Math.max(minDetailed, quantile(/** @type {any} */ (arcs(false)), contextKeep) || 0);
  const minOf = (/** @type {number} */ i) => (detailedArcs.has(i) ? minDetailed : minContext);
  const all = {
    ...t,
    objects: { all: { type: 'GeometryCollection', geometries: [...detailed, ...context] } },
  };
  protectRings(all, minOf, SETTINGS.minRingVertices);
  // simplify() takes one threshold: drop the context arcs' points below theirs first.
  t.arcs.forEach((arc, i) => {
    if (detailedArcs.has(i)) return;
    for (const point of arc) if (point[2] < minContext) point[2] = 0;
  });
  t = /** @type {Topology} */ (simplify(/** @type {any} */ (t), minDetailed));
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

/** The file of one territory at its own scale. @param {string} id */
const territoryGeoFile = (id) => `territoire-${id}.json`;

/**
 * The app's own territories (data/territories.json): member communes with their names, EPCI names
 * and order, the seat. The territory files name communes and EPCIs exactly as the panels do.
 * @returns {{id: string, epcis: {siren: string, name: string}[], reference: {insee: string}, communes: {insee: string, name: string, epci: string}[]}[]}
 */
function readAppTerritories() {
  const data = JSON.parse(readFileSync(join(ROOT, 'data/territories.json'), 'utf8'));
  const ids = data.map((/** @type {{id: string}} */ t) => t.id);
  if (JSON.stringify(ids) !== JSON.stringify(TERRITORY_IDS))
    throw new Error(`data/territories.json: ids ${ids.join(', ')}`);
  return data;
}

/** @returns {Map<string, {epci: string, population: number}>} `${territory} ${insee}` → row */
function readMemberPopulations() {
  const lines = readFileSync(join(RAW, 'territories/territory-communes-cog2024.csv'), 'utf8')
    .trimEnd()
    .split('\n');
  if (lines[0] !== 'territory_id,epci_siren,insee_com,population_municipale')
    throw new Error('territory-communes-cog2024.csv: unexpected header ' + lines[0]);
  /** @type {Map<string, {epci: string, population: number}>} */
  const map = new Map();
  for (const line of lines.slice(1)) {
    const [territory, epci, insee, population] = /** @type {string[]} */ (line.split(','));
    const n = Number(population);
    if (!Number.isInteger(n) || n <= 0) throw new Error(`territory-communes-cog2024.csv: ${line}`);
    map.set(`${territory} ${insee}`, { epci: /** @type {string} */ (epci), population: n });
  }
  return map;
}

/**
 * One topology per territory, at its own scale: its member communes (COG 2024, with name, EPCI,
 * population and the seat), its EPCIs dissolved from them, and the neighbour communes around it
 * (neighbourhoodBox), all sharing arcs where they touch. The neighbours are simplified harder.
 * @returns {[string, Topology, {neighbourKeep: number}][]} file, topology, what goes to the manifest
 */
function buildTerritoryDetails() {
  const raw = new Map(readTerritories().map((t) => [t.id, t]));
  const populations = readMemberPopulations();
  const polygons = readCommunePolygons();
  return readAppTerritories().map((territory) => {
    const file = territoryGeoFile(territory.id);
    const fail = (/** @type {string} */ why) => {
      throw new Error(`${file} (${territory.id}): ${why}`);
    };
    const sirens = territory.epcis.map((e) => e.siren);
    const rawSirens = (raw.get(territory.id)?.epcis ?? []).map((e) => e.siren);
    if ([...sirens].sort().join() !== [...rawSirens].sort().join())
      fail(`EPCIs ${sirens.join(', ')} in data/territories.json, ${rawSirens.join(', ')} in data/geo-raw`);
    /** @type {Map<string, {insee: string, name: string, epci: string}>} */
    const members = new Map();
    for (const c of territory.communes) {
      if (members.has(c.insee)) fail(`commune ${c.insee} listed twice`);
      if (!sirens.includes(c.epci)) fail(`commune ${c.insee}: EPCI ${c.epci} is not the territory's`);
      members.set(c.insee, c);
    }
    if (!members.has(territory.reference.insee)) fail(`seat ${territory.reference.insee} is not a member`);

    const own = polygons.filter((p) => members.has(p.code2024));
    for (const p of own) {
      if (p.epci !== members.get(p.code2024)?.epci)
        fail(
          `commune ${p.code2024}: EPCI ${p.epci} in the crosswalk, ${members.get(p.code2024)?.epci} in data`,
        );
    }
    const found = new Set(own.map((p) => p.code2024));
    for (const code of members.keys()) if (!found.has(code)) fail(`commune ${code} has no polygon`);
    for (const p of polygons) {
      if (sirens.includes(p.epci) && !members.has(p.code2024))
        fail(`commune ${p.code2024} of EPCI ${p.epci} is not in data/territories.json`);
    }

    const box = neighbourhoodBox(
      own
        .map((p) => planarBbox(p.geometry))
        .reduce((a, b) => [
          Math.min(a[0], b[0]),
          Math.min(a[1], b[1]),
          Math.max(a[2], b[2]),
          Math.max(a[3], b[3]),
        ]),
    );
    const outside = polygons.filter((p) => !members.has(p.code2024));
    const near = new Set(
      outside.filter((p) => bboxesIntersect(planarBbox(p.geometry), box)).map((p) => p.code2024),
    );
    const neighbours = outside.filter((p) => near.has(p.code2024));
    if (neighbours.length === 0) fail('no neighbour commune');

    const features = [...own, ...neighbours].map((p) => ({
      type: 'Feature',
      properties: { code: p.code, code2024: p.code2024, epci: p.epci },
      geometry: p.geometry,
    }));
    const topo = /** @type {Topology} */ (
      topology(/** @type {any} */ ({ polygons: { type: 'FeatureCollection', features } }), 1e5)
    );
    const geoms = topo.objects.polygons?.geometries ?? [];
    const isMember = (/** @type {TopoGeometry} */ g) =>
      members.has(/** @type {{code2024: string}} */ (g.properties).code2024);
    const { keep, neighbourKeep, maxBytes, quantization } = SETTINGS.territoire;
    const memberGeoms = geoms.filter(isMember);
    const neighbourGeoms = geoms.filter((g) => !isMember(g));
    /** @param {TopoGeometry} g */
    const code2024 = (g) => /** @type {{code2024: string}} */ (g.properties).code2024;
    const pop = (/** @type {string} */ insee) => {
      const row = populations.get(`${territory.id} ${insee}`);
      if (!row) return fail(`commune ${insee} has no population`);
      if (row.epci !== members.get(insee)?.epci)
        fail(`commune ${insee}: EPCI ${row.epci} in the populations`);
      return row.population;
    };
    const ordered = [...members.values()]
      .map((c) => ({ c, population: pop(c.insee) }))
      .sort((a, b) => b.population - a.population || (a.c.insee < b.c.insee ? -1 : 1));

    /** @param {number} contextKeep */
    const assemble = (contextKeep) => {
      const t = simplifyTwoLevels(topo, memberGeoms, neighbourGeoms, { keep, contextKeep, quantization });
      const simplified = t.objects.polygons?.geometries ?? [];
      /** @param {(g: TopoGeometry) => boolean} keepIt */
      const merged = (keepIt) =>
        polygonOrMulti(
          /** @type {any} */ (
            mergeArcs(/** @type {any} */ (t), /** @type {any} */ (simplified.filter(keepIt)))
          ).arcs,
        );
      const communes = ordered.map(({ c, population }) => ({
        ...merged((g) => code2024(g) === c.insee),
        properties: {
          code: c.insee,
          nom: c.name,
          epci: c.epci,
          population,
          ...(c.insee === territory.reference.insee ? { seat: true } : {}),
        },
      }));
      const epcis = territory.epcis.map((e) => ({
        ...merged((g) => isMember(g) && /** @type {{epci: string}} */ (g.properties).epci === e.siren),
        properties: { siren: e.siren, nom: e.name },
      }));
      const voisines = [...near]
        .sort()
        .map((code) => ({ ...merged((g) => code2024(g) === code), properties: { code } }));
      return finishTopology(t, { communes, epcis, voisines });
    };

    let chosen = /** @type {number} */ (neighbourKeep.at(-1));
    let result = /** @type {Topology | undefined} */ (undefined);
    for (const share of neighbourKeep) {
      result = assemble(share);
      chosen = share;
      if (Buffer.byteLength(JSON.stringify(result)) <= maxBytes) break;
    }
    return /** @type {[string, Topology, {neighbourKeep: number}]} */ ([
      file,
      /** @type {Topology} */ (result),
      { neighbourKeep: chosen },
    ]);
  });
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
  /** @type {([string, Topology] | [string, Topology, Record<string, unknown>])[]} */
  const outputs = [
    ['france.json', buildFrance()],
    ['territoires.json', territoires],
    ['perimetres-alternatifs.json', alternatives],
    ['territoires-industrie.json', buildTerritoiresIndustrie()],
    ...buildTerritoryDetails(),
  ];

  /** @type {Record<string, {objects: Record<string, number>, bytes: number, sha256: string}>} */
  const files = {};
  for (const [name, topo, extra] of outputs) {
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
      ...extra,
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
