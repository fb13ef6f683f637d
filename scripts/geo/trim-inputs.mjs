// One-off step: copy the raw geodata the pipeline needs from the shared geo-sources folder
// into data/geo-raw/, trimmed. `npm run geo` (build.mjs) then reads only data/geo-raw/.
//
// Usage: node scripts/geo/trim-inputs.mjs [sourceDir]   (default: ../shared/geo-sources)
//
// What is trimmed (see data/geo-raw/README.md):
// - communes/*.geojson: only the 2018 commune polygons whose COG 2024 EPCI belongs to a default or
//   alternative perimeter; geometry and properties unchanged.
// - communes-crosswalk-2018-to-cog2024.csv: only the rows of those communes.
// - territories.json: only id, name, shortName, the default EPCIs and the alternative perimeters
//   (label, EPCIs, source).
// - anct/territoires-industrie-2023-2027.geojson: `liste_geo` and `crs` dropped, coordinates
//   rounded to 6 decimals (about 0.1 m).
// - base/france-regions-departements.topojson: copied unchanged.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const SRC = resolve(process.argv[2] ?? join(ROOT, '../shared/geo-sources'));
const OUT = join(ROOT, 'data/geo-raw');

/** @param {string} p */
const readJson = (p) => JSON.parse(readFileSync(join(SRC, p), 'utf8'));

/**
 * Writes a FeatureCollection with one feature per line (readable diffs, small files).
 * @param {string} p
 * @param {Record<string, unknown>} head
 * @param {unknown[]} features
 */
function writeFeatureCollection(p, head, features) {
  const lines = features.map((f) => JSON.stringify(f));
  const headJson = JSON.stringify({ type: 'FeatureCollection', ...head }).slice(0, -1);
  writeFileSync(join(OUT, p), `${headJson},"features":[\n${lines.join(',\n')}\n]}\n`);
}

mkdirSync(join(OUT, 'base'), { recursive: true });
mkdirSync(join(OUT, 'communes'), { recursive: true });
mkdirSync(join(OUT, 'anct'), { recursive: true });

// --- territories.json ---------------------------------------------------------------------------
const territoriesSrc = readJson('territories.json');
/** @type {{id: string, name: string, shortName: string, areaKm2: number, epcis: {siren: string, nom: string}[], alternativePerimeters: {label: string, epcis: {siren: string, nom: string}[], source: string}[]}[]} */
const territories = territoriesSrc.territories.map((/** @type {any} */ t) => ({
  id: t.id,
  name: t.name,
  shortName: t.shortName,
  areaKm2: t.areaKm2,
  epcis: t.epcis.map((/** @type {any} */ e) => ({ siren: e.siren, nom: e.nom })),
  alternativePerimeters: (t.alternativePerimeters ?? []).map((/** @type {any} */ a) => ({
    label: a.label,
    epcis: a.epcis.map((/** @type {any} */ e) => ({ siren: e.siren, nom: e.nom })),
    source: a.source,
  })),
}));
writeFileSync(
  join(OUT, 'territories.json'),
  JSON.stringify(
    {
      description: territoriesSrc.description,
      referenceGeography: territoriesSrc.referenceGeography,
      territories,
    },
    null,
    2,
  ) + '\n',
);

const sirens = new Set();
for (const t of territories) {
  for (const e of t.epcis) sirens.add(e.siren);
  for (const a of t.alternativePerimeters) for (const e of a.epcis) sirens.add(e.siren);
}

// --- crosswalk ----------------------------------------------------------------------------------
const csv = readFileSync(join(SRC, 'communes/communes-crosswalk-2018-to-cog2024.csv'), 'utf8')
  .trimEnd()
  .split('\n');
const header = /** @type {string} */ (csv[0]).split(',');
const epciCol = header.indexOf('epci_siren_2024');
const code2018Col = header.indexOf('code2018');
if (epciCol < 0 || code2018Col < 0) throw new Error('crosswalk: unexpected header ' + csv[0]);
// No field contains a comma or a quote (checked below), so a plain split is safe.
const rows = csv.slice(1).filter((line) => {
  if (line.includes('"')) throw new Error('crosswalk: quoted field, parser too simple: ' + line);
  return sirens.has(line.split(',')[epciCol]);
});
writeFileSync(
  join(OUT, 'communes/communes-crosswalk-2018-to-cog2024.csv'),
  [csv[0], ...rows].join('\n') + '\n',
);
const keep = new Set(rows.map((line) => line.split(',')[code2018Col]));

// --- communes -----------------------------------------------------------------------------------
let kept = 0;
for (const file of readdirSync(join(SRC, 'communes'))
  .filter((f) => f.endsWith('.geojson'))
  .sort()) {
  const fc = readJson(join('communes', file));
  const features = fc.features.filter((/** @type {any} */ f) => keep.has(f.properties.code));
  if (features.length === 0) continue;
  kept += features.length;
  writeFeatureCollection(join('communes', file), {}, features);
}
if (kept !== keep.size) throw new Error(`communes: ${kept} polygons kept, ${keep.size} expected`);

// --- ANCT Territoires d'industrie ------------------------------------------------------------------
const ti = readJson('anct/territoires-industrie-2023-2027.geojson');
/** @param {any} c @returns {any} */
const round = (c) =>
  typeof c[0] === 'number' ? c.map((/** @type {number} */ x) => Math.round(x * 1e6) / 1e6) : c.map(round);
writeFeatureCollection(
  'anct/territoires-industrie-2023-2027.geojson',
  { name: ti.name },
  ti.features.map((/** @type {any} */ f) => ({
    type: 'Feature',
    properties: { id_territoire: f.properties.id_territoire, lib_territoire: f.properties.lib_territoire },
    geometry: { type: f.geometry.type, coordinates: round(f.geometry.coordinates) },
  })),
);

// --- base map -----------------------------------------------------------------------------------
// Read and write (not copyFileSync) so that the copy does not keep the source's read-only mode.
writeFileSync(
  join(OUT, 'base/france-regions-departements.topojson'),
  readFileSync(join(SRC, 'base/france-regions-departements.topojson')),
);

console.log(
  `geo-raw: ${territories.length} territories, ${sirens.size} EPCIs, ${kept} commune polygons, ${ti.features.length} TIs`,
);
