// The SVG map's fast path data (topo-paths.ts) draws what feature() + mesh() + geoPath() draw.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { geoBounds, geoPath } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';

import { FRANCE_BOUNDS, fitBounds, viewMercator, viewProjection } from '../../src/lib/map/camera';
import {
  baseMap,
  baseMapPaths,
  features,
  lonLatBounds,
  territoriesObject,
  territoryPaths,
  topoBounds,
} from '../../src/lib/map/geo';
import { FIRST_SCREEN_PATHS, MESH_CELL, PATH_UNIT, TopoPaths } from '../../src/lib/map/topo-paths';

const read = (f: string) =>
  JSON.parse(readFileSync(resolve(__dirname, '../../public/geo', f), 'utf8')) as Topology;
const france = read('france.json');
const terr = read('territoires.json');
const home = fitBounds(FRANCE_BOUNDS, 1280, 800);
const proj = viewProjection(home, 1280, 800);
const view = viewMercator(home, 1280, 800);
const path = geoPath(proj).digits(3);

/** Integer path units back to pixels, written as geoPath's `digits(3)` writes them. */
const px = (d: string) => d.replace(/-?\d+/g, (n) => String(Number(n) / PATH_UNIT));

/** Sub-paths as lists of "x,y" points, the closing repeat of a ring dropped. */
function rings(d: string): string[][] {
  return d
    .split('M')
    .filter(Boolean)
    .map((sub) => {
      const closed = sub.endsWith('Z');
      const pts = sub.replace(/Z$/, '').split('L');
      if (closed && pts.length > 1 && pts[0] === pts.at(-1)) pts.pop();
      return pts;
    });
}
/** Every segment of a path, direction ignored, as a sorted multiset. */
function segments(d: string): string[] {
  const out: string[] = [];
  for (const r of rings(d)) for (let i = 1; i < r.length; i++) out.push([r[i - 1], r[i]].sort().join(' '));
  return out.sort();
}
/** A ring read from any starting point and direction: its smallest rotation, as text. */
function canonical(r: string[]): string {
  let best = '';
  for (const seq of [r, [...r].reverse()])
    for (let i = 0; i < seq.length; i++) {
      const s = [...seq.slice(i), ...seq.slice(0, i)].join(' ');
      if (!best || s < best) best = s;
    }
  return best;
}

describe('TopoPaths', () => {
  const base = baseMap(france);
  const raw = baseMapPaths(france, new TopoPaths(france, view));
  const fast = {
    regions: raw.regions.map(px),
    departementLines: px(raw.departementLines.join('')),
    regionLines: px(raw.regionLines.join('')),
    outline: px(raw.outline.join('')),
  };

  it('draws each région with the same rings as geoPath over feature()', () => {
    expect(fast.regions).toHaveLength(base.regions.length);
    for (const [i, f] of base.regions.entries()) {
      const expected = rings(path(f)!).map(canonical).sort();
      expect(rings(fast.regions[i]!).map(canonical).sort()).toEqual(expected);
    }
  });

  it('draws the three boundary meshes with the same segments as mesh()', () => {
    for (const key of ['departementLines', 'regionLines', 'outline'] as const) {
      const expected = segments(path(base[key])!);
      expect(expected.length).toBeGreaterThan(100);
      expect(segments(fast[key])).toEqual(expected);
    }
  });

  it('groups each boundary mesh by where its arcs lie, each group within reach of its square', () => {
    for (const key of ['departementLines', 'regionLines', 'outline'] as const) {
      const groups = raw[key];
      // France spans several squares of MESH_CELL pixels at this size: each line is split…
      expect(groups.length, key).toBeGreaterThan(4);
      // …each arc once (the segments above are all there, none twice)…
      expect(groups.join('').match(/M/g)!.length).toBe(fast[key].match(/M/g)!.length);
      const squares = groups.map((g) => {
        // …each group's sub-paths centred in one square, so the group spans little more than it…
        const cells = new Set(
          rings(px(g)).map((ring) => {
            const pts = ring.map((p) => p.split(',').map(Number));
            const xs = pts.map((p) => p[0]!);
            const ys = pts.map((p) => p[1]!);
            const cx = (Math.min(...xs) + Math.max(...xs)) / 2;
            const cy = (Math.min(...ys) + Math.max(...ys)) / 2;
            return `${Math.floor(cx / MESH_CELL)},${Math.floor(cy / MESH_CELL)}`;
          }),
        );
        expect(cells.size, key).toBe(1);
        return [...cells][0];
      });
      // …and one group per square.
      expect(new Set(squares).size, key).toBe(groups.length);
    }
  });

  it('draws the eight territories, keyed by id, as features() does', () => {
    const shapes = features(terr, territoriesObject(terr));
    const fastShapes = territoryPaths(terr, new TopoPaths(terr, view)).map((t) => ({ ...t, d: px(t.d) }));
    expect(fastShapes.map((s) => s.id)).toEqual(shapes.map((f) => f.properties.id));
    for (const [i, f] of shapes.entries())
      expect(rings(fastShapes[i]!.d).map(canonical).sort()).toEqual(rings(path(f)!).map(canonical).sort());
  });

  it('reads an unquantized topology and a reversed arc', () => {
    const topo: Topology = {
      type: 'Topology',
      arcs: [
        [
          [0, 0],
          [1, 0],
        ],
        [
          [1, 0],
          [1, 1],
          [0, 0],
        ],
      ],
      objects: {
        a: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0, 1]] }] },
        b: { type: 'GeometryCollection', geometries: [{ type: 'LineString', arcs: [~1] }] },
      },
    };
    // x = lon × 10; y = 0 on the equator, and ln(tan(π/4 + φ/2)) × 10 above it (1° → −0.17455 px, −175 path units).
    const p = new TopoPaths(topo, { x0: 0, xScale: 10, y0: 0, yScale: 10 });
    const obj = (k: string) => (topo.objects[k] as GeometryCollection).geometries[0]!;
    const y1 = String(Math.round(-Math.log(Math.tan(Math.PI / 4 + Math.PI / 360)) * 10 * PATH_UNIT));
    expect(y1).toBe('-175');
    expect(p.geometry(obj('a'))).toBe(`M0,0L10000,0L10000,${y1}L0,0Z`);
    // The reversed arc first, then forward: both directions come from one decoding.
    expect(p.geometry(obj('b'))).toBe(`M0,0L10000,${y1}L10000,0`);
    expect(p.geometry(obj('a'))).toBe(`M0,0L10000,0L10000,${y1}L0,0Z`);
  });

  it('writes the prerendered first screen relative, the same points as absolute at its unit (#17)', () => {
    /** A relative path (`M x,y l dx,dy dx,dy…`) back to absolute `M x,yLx,y…`. */
    const absolute = (d: string) =>
      d.replace(
        /M(-?\d+),(-?\d+)(?:l([-\d, ]*))?(Z?)/g,
        (_, x0: string, y0: string, steps = '', z: string) => {
          let x = Number(x0);
          let y = Number(y0);
          const nums = (steps.match(/-?\d+/g) ?? []).map(Number);
          let out = `M${x},${y}`;
          for (let i = 0; i < nums.length; i += 2) {
            x += nums[i]!;
            y += nums[i + 1]!;
            out += `L${x},${y}`;
          }
          return out + z;
        },
      );
    const coarse = { unit: FIRST_SCREEN_PATHS.unit };
    const rel = baseMapPaths(france, new TopoPaths(france, view, FIRST_SCREEN_PATHS));
    const abs = baseMapPaths(france, new TopoPaths(france, view, coarse));
    expect(rel.regions.map(absolute)).toEqual(abs.regions);
    for (const key of ['departementLines', 'regionLines', 'outline'] as const) {
      expect(rel[key].map(absolute)).toEqual(abs[key]);
      // A third of the characters or less: the HTML carries these.
      expect(rel[key].join('').length).toBeLessThan(abs[key].join('').length * 0.75);
    }
    const relShapes = territoryPaths(terr, new TopoPaths(terr, view, FIRST_SCREEN_PATHS));
    const absShapes = territoryPaths(terr, new TopoPaths(terr, view, coarse));
    expect(relShapes.map((t) => absolute(t.d))).toEqual(absShapes.map((t) => t.d));
    // Tenths of a pixel: the coarse points are the fine ones, rounded.
    const fine = rings(raw.outline[0]!)[0]!.map((p) => p.split(',').map(Number));
    const tenth = rings(abs.outline[0]!)[0]!.map((p) => p.split(',').map(Number));
    for (const [i, [x, y]] of tenth.entries()) {
      expect(Math.abs(x! / FIRST_SCREEN_PATHS.unit - fine[i]![0]! / PATH_UNIT)).toBeLessThanOrEqual(0.0501);
      expect(Math.abs(y! / FIRST_SCREEN_PATHS.unit - fine[i]![1]! / PATH_UNIT)).toBeLessThanOrEqual(0.0501);
    }
  });

  it('boxes each territory as d3 geoBounds does, to 1e-3 degree', () => {
    for (const f of features(terr, territoriesObject(terr))) {
      const [[w, s], [e, n]] = lonLatBounds(f);
      const [[gw, gs], [ge, gn]] = geoBounds(f);
      for (const [a, b] of [
        [w, gw],
        [s, gs],
        [e, ge],
        [n, gn],
      ] as const)
        expect(Math.abs(a - b)).toBeLessThan(1e-3);
    }
  });

  it('boxes each geometry from the topology as lonLatBounds boxes its feature', () => {
    for (const [topo, name, key] of [
      [terr, territoriesObject(terr), 'id'],
      [france, 'regions', 'code'],
      [france, 'departements', 'code'],
    ] as const) {
      const boxes = topoBounds(topo, name, key);
      const list = features(topo, name, key);
      expect(boxes.size, name).toBe(list.length);
      for (const f of list) {
        const got = boxes.get(f.properties.id);
        const want = lonLatBounds(f);
        expect(got, f.properties.id).toBeDefined();
        for (let i = 0; i < 2; i++)
          for (let j = 0; j < 2; j++) expect(got![i]![j]).toBeCloseTo(want[i]![j]!, 9);
      }
    }
  });
});
