// Dev aid: renders the built TopoJSON to SVG with d3-geo (Web Mercator, like the app) so the
// outlines can be looked at. Not part of `npm run geo`.
//
// Usage: node scripts/geo/preview.mjs [geoDir] [outDir]   (defaults: public/geo, /tmp/geo-preview)
// Writes france.svg (national view), ti.svg (Territoires d'industrie) and one <territory-id>.svg
// per territory filling an 800 px square, with the alternative perimeters dashed and, in red, the
// unsimplified outline dissolved from the raw communes (data/geo-raw) for comparison.
// PNG: chromium --headless --no-sandbox --disable-gpu --screenshot=x.png --window-size=800,800 file://…/x.svg

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { geoMercator, geoPath } from 'd3-geo';
import topojsonClient from 'topojson-client';
import topojsonServer from 'topojson-server';

import { rewindForD3 } from './build.mjs';

const { feature, merge, mesh } = topojsonClient;
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const geoDir = resolve(process.argv[2] ?? join(ROOT, 'public/geo'));
const outDir = resolve(process.argv[3] ?? '/tmp/geo-preview');
mkdirSync(outDir, { recursive: true });

/** @param {string} name @returns {any} */
const read = (name) => JSON.parse(readFileSync(join(geoDir, name), 'utf8'));
const france = read('france.json');
const terr = read('territoires.json');
const alt = read('perimetres-alternatifs.json');
const ti = read('territoires-industrie.json');

/** Unsimplified reference outlines: the raw communes dissolved by EPCI set. */
function rawOutlines() {
  const raw = join(ROOT, 'data/geo-raw');
  const lines = readFileSync(join(raw, 'communes/communes-crosswalk-2018-to-cog2024.csv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1);
  const epci = new Map(lines.map((l) => [l.split(',')[0], l.split(',')[5]]));
  /** @type {any[]} */
  const features = [];
  for (const dep of [
    '14-calvados',
    '19-correze',
    '42-loire',
    '45-loiret',
    '60-oise',
    '63-puy-de-dome',
    '68-haut-rhin',
    '71-saone-et-loire',
    '85-vendee',
  ]) {
    const fc = JSON.parse(readFileSync(join(raw, `communes/communes-${dep}.geojson`), 'utf8'));
    for (const f of fc.features)
      features.push({
        type: 'Feature',
        properties: { epci: epci.get(f.properties.code) },
        geometry: rewindForD3(f.geometry),
      });
  }
  const topo = topojsonServer.topology(
    /** @type {any} */ ({ c: { type: 'FeatureCollection', features } }),
    1e6,
  );
  const territories = JSON.parse(readFileSync(join(raw, 'territories.json'), 'utf8')).territories;
  /** @type {Record<string, any>} */
  const out = {};
  for (const t of territories) {
    const sirens = t.epcis.map((/** @type {any} */ e) => e.siren);
    out[t.id] = merge(
      /** @type {any} */ (topo),
      /** @type {any} */ (topo.objects.c).geometries.filter((/** @type {any} */ g) =>
        sirens.includes(g.properties.epci),
      ),
    );
  }
  return out;
}

/** @param {string} file @param {number} w @param {number} h @param {string} body */
const svg = (file, w, h, body) =>
  writeFileSync(
    join(outDir, file),
    `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}"><rect width="${w}" height="${h}" fill="#fff"/>${body}</svg>`,
  );

const deps = feature(france, france.objects.departements);
const depMesh = mesh(france, france.objects.departements, (a, b) => a !== b);
const regMesh = mesh(france, france.objects.regions, (a, b) => a !== b);
const outline = mesh(france, france.objects.departements, (a, b) => a === b);
const terrFc = /** @type {import('geojson').FeatureCollection} */ (
  /** @type {unknown} */ (feature(terr, terr.objects.territoires))
);
const altFc = /** @type {import('geojson').FeatureCollection} */ (
  /** @type {unknown} */ (feature(alt, alt.objects.perimetres))
);
const tiFc = /** @type {import('geojson').FeatureCollection} */ (
  /** @type {unknown} */ (feature(ti, ti.objects.territoiresIndustrie))
);

// National view, 800 × 800.
{
  const projection = geoMercator().fitExtent(
    [
      [10, 10],
      [790, 790],
    ],
    /** @type {any} */ (deps),
  );
  const path = geoPath(projection);
  svg(
    'france.svg',
    800,
    800,
    `<path d="${path(deps)}" fill="#f2f2ee"/>` +
      `<path d="${path(depMesh)}" fill="none" stroke="#bbb" stroke-width="0.5"/>` +
      `<path d="${path(regMesh)}" fill="none" stroke="#777" stroke-width="1"/>` +
      `<path d="${path(outline)}" fill="none" stroke="#333" stroke-width="1"/>` +
      `<path d="${path(terrFc)}" fill="#1f5fa8" stroke="#0b2f57" stroke-width="0.5"/>`,
  );
  const metroTi = {
    type: 'FeatureCollection',
    features: tiFc.features.filter((f) => !f.properties?.outreMer),
  };
  svg(
    'ti.svg',
    800,
    800,
    `<path d="${path(deps)}" fill="#f2f2ee"/>` +
      `<path d="${path(/** @type {any} */ (metroTi))}" fill="#e8a33d" fill-opacity="0.5" stroke="#7a4a00" stroke-width="0.5"/>` +
      `<path d="${path(regMesh)}" fill="none" stroke="#777" stroke-width="0.7"/>` +
      `<path d="${path(terrFc)}" fill="none" stroke="#0b2f57" stroke-width="1"/>`,
  );
}

// One territory filling an 800 px square.
const reference = rawOutlines();
for (const f of terrFc.features) {
  const id = /** @type {string} */ (f.properties?.id);
  const projection = geoMercator().fitExtent(
    [
      [20, 20],
      [780, 780],
    ],
    /** @type {any} */ (f),
  );
  const path = geoPath(projection);
  const alts = altFc.features.filter((a) => a.properties?.territory === id);
  const tis = tiFc.features.filter((x) => !x.properties?.outreMer);
  svg(
    `${id}.svg`,
    800,
    800,
    `<path d="${path(deps)}" fill="#f2f2ee"/>` +
      `<path d="${path(/** @type {any} */ ({ type: 'FeatureCollection', features: tis }))}" fill="none" stroke="#e8a33d" stroke-width="1"/>` +
      `<path d="${path(depMesh)}" fill="none" stroke="#999" stroke-width="1"/>` +
      `<path d="${path(f)}" fill="#1f5fa8" fill-opacity="0.25" stroke="#0b2f57" stroke-width="1.5"/>` +
      alts
        .map(
          (a) =>
            `<path d="${path(a)}" fill="none" stroke="#2a8a3a" stroke-width="1.5" stroke-dasharray="6 4"/>`,
        )
        .join('') +
      `<path d="${path(reference[id])}" fill="none" stroke="#d22" stroke-width="0.6"/>` +
      `<text x="20" y="790" font-family="sans-serif" font-size="14">${id} — blue: territoires.json, red: raw, green dashed: alternatives, orange: TI</text>`,
  );
}
console.log(`previews → ${outDir}`);
