import { readFileSync } from 'node:fs';

import { geoArea } from 'd3-geo';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

import territoriesData from '../../data/territories.json';
import { TERRITORY_IDS } from '../../src/lib/data/ids';
import { baseMap, features } from '../../src/lib/map/geo';
import { chooseRenderer, isSoftwareRenderer } from '../../src/lib/map/renderer';
import { buildStyle, MAP_SOURCE, mapColours, tiLayers, type MapColours } from '../../src/lib/map/style';
import { COLOURS } from '../../src/lib/theme/colours';

const topo = (f: string) => JSON.parse(readFileSync(`public/geo/${f}`, 'utf8')) as Topology;
const colours: MapColours = mapColours('light');

describe('MapLibre style', () => {
  const base = baseMap(topo('france.json'));
  const shapes = features(topo('territoires.json'), 'territoires');
  const style = buildStyle(base, shapes, colours);
  const json = JSON.stringify({ style, ti: tiLayers(colours) });

  it('names no URL at all: no tiles, glyphs, sprite or remote source', () => {
    expect(json).not.toMatch(/https?:|\/\//);
    expect(style).not.toHaveProperty('glyphs');
    expect(style).not.toHaveProperty('sprite');
    for (const source of Object.values(style.sources)) {
      expect(source.type).toBe('geojson');
      expect(typeof (source as { data: unknown }).data).toBe('object');
    }
  });

  it('joins territories on their id (promoteId), never on names', () => {
    expect(style.sources[MAP_SOURCE]).toMatchObject({ promoteId: 'id' });
    const ids = shapes.map((f) => f.properties.id);
    expect(ids).toEqual([...TERRITORY_IDS]);
    // One source for everything: territory ids must not collide with the régions' codes.
    const data = (
      style.sources[MAP_SOURCE] as { data: { features: { properties: Record<string, unknown> }[] } }
    ).data;
    const territoryIds = data.features
      .filter((f) => f.properties['kind'] === 'territory')
      .map((f) => f.properties['id']);
    expect(territoryIds).toEqual([...TERRITORY_IDS]);
    const all = data.features.map((f) => f.properties['id']).filter((id) => id !== undefined);
    expect(new Set(all).size).toBe(all.length);
    expect(Object.keys(style.sources)).toEqual([MAP_SOURCE]);
  });

  it('takes its colours from the tokens it is given', () => {
    expect(json).toContain(colours.sea);
    expect(json).toContain(colours.territory);
    expect(json).toContain(colours.accent);
  });

  it('takes the theme’s colours from the theme’s table, the sea transparent in a transparent embed', () => {
    for (const theme of ['light', 'dark'] as const) {
      const t = COLOURS[theme].tokens;
      const c = mapColours(theme);
      expect([c.sea, c.land, c.territory, c.accentStrong, c.ti]).toEqual([
        t['map-sea'],
        t['map-land'],
        t['map-territory'],
        t['accent-strong'],
        t['map-ti'],
      ]);
      expect(c.compare).toEqual([t['compare-1'], t['compare-2'], t['compare-3'], t['compare-4']]);
      expect(mapColours(theme, { transparentSea: true })).toEqual({ ...c, sea: 'transparent' });
    }
  });
});

describe('id ↔ feature joins', () => {
  it('every territory in data/ has one outline, and every outline a territory', () => {
    const shapeIds = features(topo('territoires.json'), 'territoires').map((f) => f.properties.id);
    expect(shapeIds.sort()).toEqual(territoriesData.map((t) => t.id).sort());
  });

  it('every alternative perimeter in data/ has an outline with the same id and territory', () => {
    const alts = features(topo('perimetres-alternatifs.json'), 'perimetres');
    const wanted = territoriesData.flatMap((t) => t.alternatives.map((a) => [a.id, t.id]));
    expect(alts.map((f) => [f.properties.id, f.properties['territory']]).sort()).toEqual(wanted.sort());
  });

  it('draws the base map with d3-geo winding (small areas, not the globe minus France)', () => {
    const base = baseMap(topo('france.json'));
    for (const f of base.regions) expect(geoArea(f)).toBeLessThan(0.01);
    expect(base.regions).toHaveLength(13);
  });

  it('every reference point lies inside the bounding box of its outline', () => {
    const shapes = features(topo('territoires.json'), 'territoires');
    for (const t of territoriesData) {
      const f = shapes.find((s) => s.properties.id === t.id)!;
      const coords = JSON.stringify(f.geometry)
        .match(/-?\d+\.\d+/g)!
        .map(Number);
      const lons = coords.filter((_, i) => i % 2 === 0);
      const lats = coords.filter((_, i) => i % 2 === 1);
      expect(t.reference.lon, t.id).toBeGreaterThanOrEqual(Math.min(...lons));
      expect(t.reference.lon, t.id).toBeLessThanOrEqual(Math.max(...lons));
      expect(t.reference.lat, t.id).toBeGreaterThanOrEqual(Math.min(...lats));
      expect(t.reference.lat, t.id).toBeLessThanOrEqual(Math.max(...lats));
    }
  });
});

describe('renderer policy', () => {
  const probe =
    (webgl2: boolean, rendererName: string, caveat = false) =>
    () => ({ webgl2, rendererName, caveat });

  it('recognises software renderers', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'Microsoft Basic Render Driver',
    ])
      expect(isSoftwareRenderer(name), name).toBe(true);
    expect(isSoftwareRenderer('ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0)')).toBe(
      false,
    );
  });

  it('auto takes MapLibre only on a real GPU', () => {
    expect(chooseRenderer('auto', probe(true, 'Intel(R) UHD Graphics 620'))).toEqual({
      renderer: 'webgl',
      reason: 'gpu',
    });
    expect(chooseRenderer('auto', probe(true, 'SwiftShader'))).toEqual({
      renderer: 'svg',
      reason: 'software',
    });
    expect(chooseRenderer('auto', probe(true, 'Intel', true))).toEqual({
      renderer: 'svg',
      reason: 'software',
    });
    expect(chooseRenderer('auto', probe(false, ''))).toEqual({ renderer: 'svg', reason: 'no-webgl' });
  });

  it('webgl forces MapLibre when any WebGL2 exists; svg never probes', () => {
    expect(chooseRenderer('webgl', probe(true, 'SwiftShader'))).toEqual({
      renderer: 'webgl',
      reason: 'forced',
    });
    expect(chooseRenderer('webgl', probe(false, ''))).toEqual({ renderer: 'svg', reason: 'no-webgl' });
    expect(
      chooseRenderer('svg', () => {
        throw new Error('probed');
      }),
    ).toEqual({ renderer: 'svg', reason: 'forced' });
  });
});
