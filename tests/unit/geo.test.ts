// Geodata in public/geo/ (built by scripts/geo/build.mjs from data/geo-raw/).
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { geoArea } from 'd3-geo';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

import { buildGeo } from '../../scripts/geo/build.mjs';

const GEO_DIR = resolve(__dirname, '../../public/geo');
const RAW_DIR = resolve(__dirname, '../../data/geo-raw');

const TERRITORY_IDS = [
  'bassin-de-brive',
  'pays-compiegnois',
  'creusot-montceau',
  'nord-loiret',
  'lezoux-thiers-ambert',
  'lisieux-normandie',
  'terres-de-montaigu',
  'mulhouse-alsace-agglomeration',
];
const ALTERNATIVE_IDS = [
  'pays-compiegnois--arc',
  'pays-compiegnois--ti-2018',
  'nord-loiret--pithiverais-gatinais',
  'lezoux-thiers-ambert--ti-8408',
  'lezoux-thiers-ambert--thiers-dore-montagne',
];
const OUTPUTS: Record<string, readonly string[]> = {
  'france.json': ['regions', 'departements'],
  'territoires.json': ['territoires'],
  'perimetres-alternatifs.json': ['perimetres'],
  'territoires-industrie.json': ['territoiresIndustrie'],
  // One per territory at its own scale (more in territory-geo.test.ts).
  ...Object.fromEntries(
    TERRITORY_IDS.map((id) => [`territoire-${id}.json`, ['communes', 'epcis', 'voisines']]),
  ),
};

/**
 * 0.01 sr ≈ 406 000 km²: well above the largest real feature (Nouvelle-Aquitaine, about
 * 84 000 km² ≈ 0.0021 sr) and far below 2π, where a ring in RFC 7946 winding lands (≈ 4π).
 */
const MAX_AREA_SR = 0.01;
const FIRST_SCREEN_BUDGET_GZIP = 120 * 1024;

type Props = Record<string, unknown>;
type Shape = Feature<Polygon | MultiPolygon, Props>;

const readTopo = (file: string) => JSON.parse(readFileSync(join(GEO_DIR, file), 'utf8')) as Topology;
const features = (file: string, object: string): Shape[] => {
  const topo = readTopo(file);
  return (
    feature(topo, topo.objects[object] as GeometryCollection<Props>) as FeatureCollection<
      Polygon | MultiPolygon,
      Props
    >
  ).features;
};
const manifest = JSON.parse(readFileSync(join(GEO_DIR, 'manifest.json'), 'utf8')) as {
  files: Record<string, { objects: Record<string, number>; bytes: number; sha256: string }>;
  territoiresIndustrie: { total: number; metropole: number; outreMer: number };
};

describe('public/geo', () => {
  it('holds exactly the files the manifest lists, with their sizes, hashes and object counts', () => {
    expect(readdirSync(GEO_DIR).sort()).toEqual([...Object.keys(OUTPUTS), 'manifest.json'].sort());
    expect(Object.keys(manifest.files).sort()).toEqual(Object.keys(OUTPUTS).sort());
    for (const [file, objects] of Object.entries(OUTPUTS)) {
      const bytes = readFileSync(join(GEO_DIR, file));
      const entry = manifest.files[file];
      expect(entry?.bytes, file).toBe(bytes.length);
      expect(entry?.sha256, file).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(Object.keys(entry?.objects ?? {}), file).toEqual([...objects]);
      for (const object of objects)
        expect(entry?.objects[object], `${file} ${object}`).toBe(features(file, object).length);
    }
  });

  it('draws every feature and every outer ring the right way round for d3-geo (area > 0 and far below 2π)', () => {
    for (const [file, objects] of Object.entries(OUTPUTS)) {
      for (const object of objects) {
        for (const f of features(file, object)) {
          const label = `${file} ${object} ${String(f.properties.id ?? f.properties.code ?? f.properties.siren)}`;
          const area = geoArea(f);
          expect(area, label).toBeGreaterThan(0);
          expect(area, label).toBeLessThan(MAX_AREA_SR);
          const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
          for (const polygon of polygons) {
            const outer = geoArea({ type: 'Polygon', coordinates: [polygon[0] ?? []] });
            expect(outer, `${label} outer ring`).toBeGreaterThan(0);
            expect(outer, `${label} outer ring`).toBeLessThan(MAX_AREA_SR);
            for (const ring of polygon) expect(ring.length, `${label} ring length`).toBeGreaterThanOrEqual(4);
          }
        }
      }
    }
  });

  it('france.json: the 13 metropolitan régions and 96 départements, {code, nom}, no DROM', () => {
    const regions = features('france.json', 'regions');
    const departements = features('france.json', 'departements');
    expect(regions).toHaveLength(13);
    expect(departements).toHaveLength(96);
    for (const f of [...regions, ...departements]) {
      expect(Object.keys(f.properties)).toEqual(['code', 'nom']);
      expect(f.properties.nom).toEqual(expect.any(String));
    }
    const codes = departements.map((f) => f.properties.code as string);
    expect(new Set(codes).size).toBe(96);
    expect(codes.filter((c) => c.startsWith('97'))).toEqual([]);
    expect(codes).toContain('2A');
  });

  it('territoires.json: each territory once, in canonical order, with id, name and feature id', () => {
    const list = features('territoires.json', 'territoires');
    expect(list.map((f) => f.properties.id)).toEqual(TERRITORY_IDS);
    for (const f of list) {
      expect(f.id).toBe(f.properties.id);
      expect(f.properties.name).toEqual(expect.any(String));
      expect((f.properties.name as string).length).toBeGreaterThan(0);
    }
  });

  it('territoires.json: dissolved areas match the areas recorded for the perimeters (±1 %)', () => {
    const raw = JSON.parse(readFileSync(join(RAW_DIR, 'territories.json'), 'utf8')) as {
      territories: { id: string; areaKm2: number }[];
    };
    const EARTH_RADIUS_KM = 6371.0088;
    for (const f of features('territoires.json', 'territoires')) {
      const expected = raw.territories.find((t) => t.id === f.properties.id)?.areaKm2 ?? NaN;
      const km2 = geoArea(f) * EARTH_RADIUS_KM ** 2;
      expect(
        Math.abs(km2 / expected - 1),
        `${String(f.properties.id)}: ${km2} km² vs ${expected}`,
      ).toBeLessThan(0.01);
    }
  });

  it('perimetres-alternatifs.json: exactly the five alternative perimeters, each tied to its territory', () => {
    const list = features('perimetres-alternatifs.json', 'perimetres');
    expect(list.map((f) => f.properties.id)).toEqual(ALTERNATIVE_IDS);
    for (const f of list) {
      expect(f.id).toBe(f.properties.id);
      expect(f.properties.territory).toBe((f.properties.id as string).split('--')[0]);
      expect(TERRITORY_IDS).toContain(f.properties.territory);
    }
  });

  it('territoires-industrie.json: 183 TIs with id, name and outreMer; metro count as in the manifest', () => {
    const list = features('territoires-industrie.json', 'territoiresIndustrie');
    expect(list).toHaveLength(183);
    expect(new Set(list.map((f) => f.properties.id)).size).toBe(183);
    for (const f of list) {
      expect(Object.keys(f.properties)).toEqual(['id', 'name', 'outreMer']);
      expect(f.properties.id).toMatch(/^ti-\d{4}$/);
      expect(f.id).toBe(f.properties.id);
      expect(f.properties.name).toEqual(expect.any(String));
      expect(typeof f.properties.outreMer).toBe('boolean');
      // Cross-check of the location rule: ANCT ids start with the région code, 01–06 are the DROM.
      expect(f.properties.outreMer, String(f.properties.id)).toBe(
        /^ti-0[1-6]/.test(f.properties.id as string),
      );
    }
    const metro = list.filter((f) => !f.properties.outreMer).length;
    expect(manifest.territoiresIndustrie).toEqual({ total: 183, metropole: metro, outreMer: 183 - metro });
  });

  it('first screen (france.json + territoires.json) stays within 120 KB gzipped', () => {
    const gzip = (file: string) => gzipSync(readFileSync(join(GEO_DIR, file)), { level: 9 }).length;
    const total = gzip('france.json') + gzip('territoires.json');
    expect(total).toBeLessThanOrEqual(FIRST_SCREEN_BUDGET_GZIP);
  });

  it('is up to date: a fresh build from data/geo-raw is byte-identical to public/geo', () => {
    const dir = mkdtempSync(join(tmpdir(), 'geo-build-'));
    try {
      buildGeo(dir);
      const files = readdirSync(dir).sort();
      expect(files).toEqual(readdirSync(GEO_DIR).sort());
      for (const file of files) {
        const fresh = readFileSync(join(dir, file));
        expect(fresh.equals(readFileSync(join(GEO_DIR, file))), `${file} is stale: run npm run geo`).toBe(
          true,
        );
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
