// One-off step: copy the raw geodata the pipeline needs from the shared geo-sources folder
// into data/geo-raw/, trimmed. `npm run geo` (build.mjs) then reads only data/geo-raw/.
//
// Usage: node scripts/geo/trim-inputs.mjs [sourceDir]   (default: ../shared/geo-sources)
//
// What is trimmed (see data/geo-raw/README.md):
// - communes/*.geojson: only the 2018 commune polygons whose COG 2024 EPCI belongs to a default or
//   alternative perimeter, and the neighbour communes of each territory (default perimeter): every
//   polygon whose bbox meets the territory's neighbourhood box (build.mjs neighbourhoodBox), with the
//   other 2018 polygons of the same COG 2024 commune, so that a merged neighbour is whole; geometry and
//   properties unchanged.
// - communes-crosswalk-2018-to-cog2024.csv: only the rows of those communes.
// - territories/territory-communes-cog2024.csv: the member communes of the default perimeters, only
//   the columns territory_id, epci_siren, insee_com, population_municipale.
// - territories.json: only id, name, shortName, the default EPCIs and the alternative perimeters
//   (label, EPCIs, source).
// - anct/territoires-industrie-2023-2027.geojson: `liste_geo` and `crs` dropped, coordinates
//   rounded to 6 decimals (about 0.1 m).
// - base/france-regions-departements.topojson: copied unchanged.

import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { bboxesIntersect, neighbourhoodBox, planarBbox } from './build.mjs';

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
mkdirSync(join(OUT, 'territories'), { recursive: true });

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
const code2024Col = header.indexOf('code2024');
if (epciCol < 0 || code2018Col < 0 || code2024Col < 0)
  throw new Error('crosswalk: unexpected header ' + csv[0]);
// No field contains a comma or a quote (checked here), so a plain split is safe.
/** @type {Map<string, {line: string, code2024: string, epci: string}>} 2018 code → row */
const crosswalk = new Map();
for (const line of csv.slice(1)) {
  if (line.includes('"')) throw new Error('crosswalk: quoted field, parser too simple: ' + line);
  const cells = line.split(',');
  crosswalk.set(/** @type {string} */ (cells[code2018Col]), {
    line,
    code2024: /** @type {string} */ (cells[code2024Col]),
    epci: /** @type {string} */ (cells[epciCol]),
  });
}

// --- communes -----------------------------------------------------------------------------------
const communeFiles = readdirSync(join(SRC, 'communes'))
  .filter((f) => f.endsWith('.geojson'))
  .sort();
/** @type {Map<string, any>} */
const collections = new Map(communeFiles.map((file) => [file, readJson(join('communes', file))]));
/** @type {{code: string, code2024: string, epci: string, bbox: [number, number, number, number]}[]} */
const polygons = [];
for (const [file, fc] of collections) {
  for (const f of fc.features) {
    const row = crosswalk.get(f.properties.code);
    if (!row) throw new Error(`${file}: commune ${f.properties.code} is not in the crosswalk`);
    polygons.push({
      code: f.properties.code,
      code2024: row.code2024,
      epci: row.epci,
      bbox: planarBbox(f.geometry),
    });
  }
}

// The polygons of the EPCIs used, and the neighbours of each territory's default perimeter.
const keep = new Set(polygons.filter((p) => sirens.has(p.epci)).map((p) => p.code));
const epciPolygonCount = keep.size;
for (const t of territories) {
  const members = new Set(t.epcis.map((e) => e.siren));
  const own = polygons.filter((p) => members.has(p.epci));
  if (own.length === 0) throw new Error(`${t.id}: no commune polygon`);
  const box = neighbourhoodBox(
    own.reduce(
      (b, p) => [
        Math.min(b[0], p.bbox[0]),
        Math.min(b[1], p.bbox[1]),
        Math.max(b[2], p.bbox[2]),
        Math.max(b[3], p.bbox[3]),
      ],
      [Infinity, Infinity, -Infinity, -Infinity],
    ),
  );
  const near = new Set(
    polygons.filter((p) => !members.has(p.epci) && bboxesIntersect(p.bbox, box)).map((p) => p.code2024),
  );
  for (const p of polygons) {
    if (near.has(p.code2024) && !members.has(p.epci)) keep.add(p.code);
  }
}

let kept = 0;
for (const [file, fc] of collections) {
  const features = fc.features.filter((/** @type {any} */ f) => keep.has(f.properties.code));
  if (features.length === 0) continue;
  kept += features.length;
  writeFeatureCollection(join('communes', file), {}, features);
}
if (kept !== keep.size) throw new Error(`communes: ${kept} polygons kept, ${keep.size} expected`);
writeFileSync(
  join(OUT, 'communes/communes-crosswalk-2018-to-cog2024.csv'),
  [
    csv[0],
    ...csv.slice(1).filter((line) => keep.has(/** @type {string} */ (line.split(',')[code2018Col]))),
  ].join('\n') + '\n',
);

// --- member communes and their populations ----------------------------------------------------------
/**
 * One CSV line → fields (RFC 4180 quotes, no quote inside a field here).
 * @param {string} line
 */
function csvFields(line) {
  /** @type {string[]} */
  const fields = [];
  let field = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  if (quoted) throw new Error('territory-communes: unbalanced quote: ' + line);
  fields.push(field);
  return fields;
}
const memberCsv = readFileSync(join(SRC, 'territories/territory-communes-cog2024.csv'), 'utf8')
  .trimEnd()
  .split('\n')
  .map(csvFields);
const memberHeader = /** @type {string[]} */ (memberCsv[0]);
const MEMBER_COLUMNS = ['territory_id', 'epci_siren', 'insee_com', 'population_municipale'];
const memberCols = MEMBER_COLUMNS.map((c) => {
  const i = memberHeader.indexOf(c);
  if (i < 0) throw new Error('territory-communes: no column ' + c);
  return i;
});
const memberRows = memberCsv.slice(1).map((cells) =>
  memberCols.map((i) => {
    const v = /** @type {string} */ (cells[i]);
    if (v === '' || /[",]/.test(v))
      throw new Error('territory-communes: unexpected field ' + JSON.stringify(v));
    return v;
  }),
);
writeFileSync(
  join(OUT, 'territories/territory-communes-cog2024.csv'),
  [MEMBER_COLUMNS, ...memberRows].map((r) => r.join(',')).join('\n') + '\n',
);

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
  `geo-raw: ${territories.length} territories, ${sirens.size} EPCIs, ${kept} commune polygons ` +
    `(${epciPolygonCount} in the EPCIs used, ${kept - epciPolygonCount} more as neighbours), ${memberRows.length} member communes, ${ti.features.length} TIs`,
);
