// One territory at its own scale: public/geo/territoire-<id>.json (scripts/geo/build.mjs), its shape check
// (src/lib/data/geo-shape.ts) and its reader (src/lib/data/territory-geo.ts). The rebuild and the
// winding of every feature are checked with the other files in geo.test.ts.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

import { geoArea } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

import { territoryGeoFile } from '../../src/lib/data/geo';
import { checkTopology, GEO_SHAPES, GeoShapeError } from '../../src/lib/data/geo-shape';
import { TERRITORY_IDS } from '../../src/lib/data/ids';
import { territoryDetail } from '../../src/lib/data/territory-geo';

const GEO_DIR = resolve(__dirname, '../../public/geo');
/** The hard limit per file (the bench's gzip, level 9); the build aims at about 45 KB. */
const MAX_GZIP = 60 * 1024;
/** 0.01 sr ≈ 406 000 km²: far above a territory, far below a ring drawn inside out (≈ 4π). */
const MAX_AREA_SR = 0.01;
const EARTH_RADIUS_KM = 6371.0088;

interface AppTerritory {
  id: string;
  epcis: { siren: string; name: string }[];
  reference: { insee: string };
  communes: { insee: string; name: string; epci: string }[];
  population: { municipale: number };
}
const territories = JSON.parse(
  readFileSync(resolve(__dirname, '../../data/territories.json'), 'utf8'),
) as AppTerritory[];
const manifest = JSON.parse(readFileSync(resolve(GEO_DIR, 'manifest.json'), 'utf8')) as {
  files: Record<string, { objects: Record<string, number> }>;
  firstScreen: string[];
};

const bytes = (file: string) => readFileSync(resolve(GEO_DIR, file));
const read = (file: string) => JSON.parse(bytes(file).toString('utf8')) as Topology;
type Raw = { objects: Record<string, { geometries: { properties: Record<string, unknown> }[] }> };

describe.each(TERRITORY_IDS.map((id) => [id, territories.find((t) => t.id === id)!] as const))(
  'territoire-%s.json',
  (id, territory) => {
    const file = territoryGeoFile(id);
    const topo = read(file);
    const detail = territoryDetail(topo);

    it('is named after the territory, listed in the manifest but not in the first screen', () => {
      expect(file).toBe(`territoire-${id}.json`);
      expect(GEO_SHAPES[file]).toBeDefined();
      expect(Object.keys(manifest.files[file]?.objects ?? {})).toEqual(['communes', 'epcis', 'voisines']);
      expect(manifest.firstScreen).not.toContain(file);
    });

    it('stays within 60 KB gzipped', () => {
      expect(gzipSync(bytes(file), { level: 9 }).length).toBeLessThanOrEqual(MAX_GZIP);
    });

    it('holds every member commune once, named as the panels name it, most populous first', () => {
      const codes = detail.communes.map((f) => f.properties.code);
      expect(new Set(codes).size).toBe(codes.length);
      expect([...codes].sort()).toEqual(territory.communes.map((c) => c.insee).sort());
      for (const c of territory.communes) {
        const f = detail.communes.find((x) => x.properties.code === c.insee)!;
        expect(f.properties.nom, c.insee).toBe(c.name);
        expect(f.properties.epci, c.insee).toBe(c.epci);
        expect(Number.isInteger(f.properties.population) && f.properties.population > 0, c.insee).toBe(true);
      }
      for (let i = 1; i < detail.communes.length; i++) {
        const a = detail.communes[i - 1]!.properties;
        const b = detail.communes[i]!.properties;
        expect(a.population > b.population || (a.population === b.population && a.code < b.code)).toBe(true);
      }
      // The same source as the territory's population (DGCL, millésime 2021).
      const total = detail.communes.reduce((s, f) => s + f.properties.population, 0);
      expect(total).toBe(territory.population.municipale);
    });

    it('marks exactly one seat, the territory’s reference commune', () => {
      const seats = detail.communes.filter((f) => f.properties.seat !== undefined);
      expect(seats.map((f) => [f.properties.code, f.properties.seat])).toEqual([
        [territory.reference.insee, true],
      ]);
      for (const f of detail.communes) {
        const keys = ['code', 'nom', 'epci', 'population', ...(f.properties.seat ? ['seat'] : [])];
        expect(Object.keys(f.properties)).toEqual(keys);
      }
    });

    it('has the territory’s EPCIs, in its order, dissolved from its communes', () => {
      expect(detail.epcis.map((f) => f.properties)).toEqual(
        territory.epcis.map((e) => ({ siren: e.siren, nom: e.name })),
      );
      const km2 = (fs: { geometry: GeoJSON.Geometry }[]) =>
        fs.reduce((s, f) => s + geoArea(f as GeoJSON.Feature) * EARTH_RADIUS_KM ** 2, 0);
      expect(km2(detail.epcis) / km2(detail.communes)).toBeCloseTo(1, 6);
    });

    it('has neighbour communes around it, none of them a member, by code', () => {
      const members = new Set(territory.communes.map((c) => c.insee));
      const codes = detail.voisines.map((f) => f.properties.code);
      expect(codes.length).toBeGreaterThan(0);
      expect(codes).toEqual([...new Set(codes)].sort());
      expect(codes.filter((c) => members.has(c))).toEqual([]);
      for (const f of detail.voisines) expect(Object.keys(f.properties)).toEqual(['code']);
    });

    it('draws every feature the right way round (geoArea small and positive)', () => {
      for (const f of [...detail.communes, ...detail.epcis, ...detail.voisines]) {
        const area = geoArea(f);
        expect(area, JSON.stringify(f.properties)).toBeGreaterThan(0);
        expect(area, JSON.stringify(f.properties)).toBeLessThan(MAX_AREA_SR);
      }
    });

    it('gives the borders to draw once, memoised per topology', () => {
      expect(territoryDetail(topo)).toBe(detail);
      expect(territoryDetail(read(file))).not.toBe(detail);
      expect(detail.communeMesh.type).toBe('MultiLineString');
      expect(detail.communeMesh.coordinates.length).toBeGreaterThan(0);
      // The EPCI borders are commune borders too; a single EPCI has none.
      const communePoints = new Set(detail.communeMesh.coordinates.flat().map((p) => p.join()));
      for (const p of detail.epciMesh.coordinates.flat()) expect(communePoints.has(p.join())).toBe(true);
      expect(detail.epciMesh.coordinates.length > 0).toBe(territory.epcis.length > 1);
    });

    it('passes its shape check, which names a commune without a name', () => {
      const raw = read(file);
      expect(checkTopology(file, raw)).toBe(raw);
      const broken = structuredClone(raw) as unknown as Raw;
      delete broken.objects['communes']!.geometries[0]!.properties['nom'];
      expect(() => checkTopology(file, broken)).toThrow(GeoShapeError);
      expect(() => checkTopology(file, broken)).toThrow(/communes › 0 › nom/);
    });
  },
);

describe('territory files’ shape check', () => {
  const file = territoryGeoFile('terres-de-montaigu');
  const mutate = (change: (t: Raw) => void) => {
    const t = structuredClone(read(file)) as unknown as Raw;
    change(t);
    return t;
  };
  const where = (value: unknown) => {
    try {
      checkTopology(file, value);
    } catch (e) {
      expect(e).toBeInstanceOf(GeoShapeError);
      return (e as GeoShapeError).where;
    }
    return 'accepted';
  };

  it('names a population that is not a number, a seat that is not true, an EPCI without SIREN', () => {
    expect(
      where(mutate((t) => (t.objects['communes']!.geometries[1]!.properties['population'] = '12 000'))),
    ).toBe('communes › 1 › population');
    expect(where(mutate((t) => (t.objects['communes']!.geometries[2]!.properties['seat'] = 'oui')))).toBe(
      'communes › 2 › seat',
    );
    expect(where(mutate((t) => delete t.objects['epcis']!.geometries[0]!.properties['siren']))).toBe(
      'epcis › 0 › siren',
    );
  });

  it('names a missing or empty object', () => {
    expect(where(mutate((t) => delete t.objects['voisines']))).toBe('object « voisines » missing');
    expect(where(mutate((t) => (t.objects['communes']!.geometries = [])))).toBe(
      'object « communes » is empty',
    );
  });
});
