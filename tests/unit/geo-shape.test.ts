/** The geodata's shape checks (src/lib/data/geo-shape.ts): every shipped file passes; each way of being wrong is named. */
import { readFileSync } from 'node:fs';

import { describe, expect, it } from 'vitest';

import { checkTopology, GEO_SHAPES, GeoShapeError } from '../../src/lib/data/geo-shape';

const read = (file: string) =>
  JSON.parse(readFileSync(`public/geo/${file}`, 'utf8')) as Record<string, unknown>;
const clone = <T>(v: T): T => structuredClone(v);

describe('checkTopology', () => {
  it.each(Object.keys(GEO_SHAPES))('accepts the shipped %s', (file) => {
    const topo = read(file);
    expect(checkTopology(file, topo)).toBe(topo);
  });

  const wrong = (file: string, value: unknown, where: RegExp) => {
    let error: unknown;
    try {
      checkTopology(file, value);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GeoShapeError);
    expect((error as GeoShapeError).file).toBe(file);
    expect((error as GeoShapeError).where).toMatch(where);
  };

  it('names a value that is not a topology', () => {
    for (const v of [null, 42, 'x', [], {}, { type: 'FeatureCollection', features: [] }])
      wrong('france.json', v, /not a TopoJSON topology/);
  });

  it('names the issue’s probe: a topology with no objects', () => {
    wrong('france.json', { type: 'Topology', objects: {}, arcs: [] }, /« regions » missing/);
  });

  it('names broken arcs, transform and geometries', () => {
    const base = read('territoires.json');
    const t1 = clone(base);
    (t1['arcs'] as unknown[])[3] = [[0, 'a']];
    wrong('territoires.json', t1, /arc 3/);
    const t2 = clone(base);
    t2['transform'] = { scale: [1], translate: [0, 0] };
    wrong('territoires.json', t2, /transform/);
    const t3 = clone(base);
    const g3 = (t3['objects'] as Record<string, { geometries: Record<string, unknown>[] }>)['territoires']!;
    g3.geometries[0]!['arcs'] = [[999999]];
    wrong('territoires.json', t3, /territoires › 0: arcs/);
    const t4 = clone(base);
    const g4 = (t4['objects'] as Record<string, { geometries: Record<string, unknown>[] }>)['territoires']!;
    g4.geometries[1]!['type'] = 'Point';
    wrong('territoires.json', t4, /territoires › 1: geometry type/);
    const t5 = clone(base);
    const g5 = (t5['objects'] as Record<string, { geometries: { properties: Record<string, unknown> }[] }>)[
      'territoires'
    ]!;
    delete g5.geometries[2]!.properties['name'];
    wrong('territoires.json', t5, /territoires › 2 › name/);
  });

  it('names a territory missing from territoires.json', () => {
    const t = read('territoires.json');
    const obj = (t['objects'] as Record<string, { geometries: { properties: Record<string, unknown> }[] }>)[
      'territoires'
    ]!;
    const lost = obj.geometries.pop()!;
    wrong('territoires.json', t, new RegExp(`lacks « ${String(lost.properties['id'])} »`));
  });

  it('names an empty object', () => {
    const t = read('territoires-industrie.json');
    (t['objects'] as Record<string, { geometries: unknown[] }>)['territoiresIndustrie']!.geometries = [];
    wrong('territoires-industrie.json', t, /empty/);
  });
});
