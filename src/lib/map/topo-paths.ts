/**
 * SVG path data straight from a TopoJSON topology, for the first paint. Each arc is decoded and
 * projected once, and written once as text; a region, a territory or a boundary mesh is then the
 * concatenation of its arcs' texts. Compared with `feature()` + `mesh()` + `geoPath()` this skips the
 * GeoJSON objects, the stitching of meshes and projecting every shared border twice: the same picture
 * (the unit tests compare the points) for a fraction of the first screen's main-thread time. The
 * GeoJSON (`geo.ts`) is still built, lazily, for MapLibre and the exports.
 *
 * Coordinates are written as integers in thousandths of a pixel (`PATH_UNIT`): the drawing group scales
 * them by 1/1000. Integers are written several times faster than decimals, and the Mercator of the view
 * is inlined on the quantized coordinates (one multiply-add for x, one log-tan for y per vertex).
 */
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

import type { ViewMercator } from './camera';

/** Path units per pixel: paths are drawn inside a `scale(1 / PATH_UNIT)` group. */
export const PATH_UNIT = 1000;

/**
 * The prerendered first screen's paths (#17): tenths of a pixel at the design size, each point written
 * relative to the one before (`l dx,dy`). The HTML carries them, so bytes count: a third of the absolute
 * thousandths' gzipped size. The page scales them at most about twice, never zoomed: the client writes its
 * own, absolute and finer, once it has measured the map.
 */
export const FIRST_SCREEN_PATHS = { unit: 10, relative: true } as const;

/** The side, in pixels, of the squares a boundary mesh is grouped by (`meshGroups`): under a 256-pixel tile. */
export const MESH_CELL = 160;

type Geom = GeometryObject<Record<string, unknown>>;

export class TopoPaths {
  /** Each arc's points in path units [x0, y0, x1, y1, …], decoded and projected on first use. */
  private readonly coords: (number[] | undefined)[] = [];
  private readonly unit: number;
  private readonly relative: boolean;

  constructor(
    private readonly topo: Topology,
    private readonly view: ViewMercator,
    options: { unit?: number; relative?: boolean } = {},
  ) {
    this.unit = options.unit ?? PATH_UNIT;
    this.relative = options.relative ?? false;
  }

  /** The projected points of arc `i` in path units, decoded from the quantized deltas. */
  private ints(i: number): number[] {
    const cached = this.coords[i];
    if (cached) return cached;
    const arc = this.topo.arcs[i] ?? [];
    const t = this.topo.transform;
    const delta = t !== undefined;
    const [sx, sy] = t?.scale ?? [1, 1];
    const [tx, ty] = t?.translate ?? [0, 0];
    const { x0, xScale, y0, yScale } = this.view;
    const u = this.unit;
    // x = x0 + lon·xScale with lon = qx·sx + tx; y = y0 − ln(tan(π/4 + lat·π/360))·yScale, lat = qy·sy + ty.
    const ax = sx * xScale * u;
    const bx = (x0 + tx * xScale) * u;
    const ay = (sy * Math.PI) / 360;
    const by = Math.PI / 4 + (ty * Math.PI) / 360;
    const ys = yScale * u;
    const yu = y0 * u;
    const out: number[] = new Array<number>(arc.length * 2);
    let x = 0;
    let y = 0;
    for (let k = 0; k < arc.length; k++) {
      const p = arc[k]!;
      if (delta) {
        x += p[0]!;
        y += p[1]!;
      } else {
        x = p[0]!;
        y = p[1]!;
      }
      out[2 * k] = Math.round(ax * x + bx);
      out[2 * k + 1] = Math.round(yu - Math.log(Math.tan(ay * y + by)) * ys);
    }
    return (this.coords[i] = out);
  }

  /**
   * One line through arcs in order (a negative index ~i is arc i reversed), shared ends written once:
   * `M x,y L x,y …`, or relative, `M x,y l dx,dy dx,dy …`.
   */
  private line(arcs: readonly number[], close: boolean): string {
    const relative = this.relative;
    let d = '';
    let px = 0;
    let py = 0;
    /** Just after the `l`: the first step needs no separator. */
    let fresh = false;
    for (let n = 0; n < arcs.length; n++) {
      const a = arcs[n]!;
      const c = this.ints(a < 0 ? ~a : a);
      const count = c.length / 2;
      // Every arc after the first starts where the one before ended.
      for (let k = n ? 1 : 0; k < count; k++) {
        const j = a < 0 ? count - 1 - k : k;
        const x = c[2 * j]!;
        const y = c[2 * j + 1]!;
        if (!d) {
          d = 'M' + x + ',' + y + (relative ? 'l' : '');
          fresh = relative;
        } else if (!relative) d += 'L' + x + ',' + y;
        else {
          const dx = x - px;
          const dy = y - py;
          // After `l`, and before a minus sign, no separator is needed.
          d += (fresh || dx < 0 ? '' : ' ') + dx + (dy < 0 ? '' : ',') + dy;
          fresh = false;
        }
        px = x;
        py = y;
      }
    }
    if (fresh) d = d.slice(0, -1);
    return close && d ? d + 'Z' : d;
  }

  /** The path of a Polygon, MultiPolygon, LineString, MultiLineString or collection of them. */
  geometry(g: Geom): string {
    switch (g.type) {
      case 'Polygon':
        return g.arcs.map((ring) => this.line(ring, true)).join('');
      case 'MultiPolygon':
        return g.arcs.map((poly) => poly.map((ring) => this.line(ring, true)).join('')).join('');
      case 'LineString':
        return this.line(g.arcs, false);
      case 'MultiLineString':
        return g.arcs.map((l) => this.line(l, false)).join('');
      case 'GeometryCollection':
        return g.geometries.map((c) => this.geometry(c)).join('');
      default:
        return '';
    }
  }

  /**
   * A boundary mesh as topojson-client's `mesh(topology, object, filter)` selects it: each arc whose
   * first and last geometries pass `filter` (a === b for arcs on the outline). Arcs are drawn as separate
   * sub-paths, not stitched: with round caps a stroke looks the same.
   */
  mesh(object: GeometryCollection<Record<string, unknown>>, filter: (a: Geom, b: Geom) => boolean): string {
    let d = '';
    for (const i of this.meshArcs(object, filter)) d += this.line([i], false);
    return d;
  }

  /**
   * The same mesh as several paths, its arcs grouped by where they lie: a square of `cell` pixels each.
   * The browser rasters a page in tiles, and strokes every path that reaches a tile over its whole length:
   * one path across France is stroked again for each tile of the map, a group only for the few it
   * touches (#17: the first paint's raster). Groups come in the order of their first arc.
   */
  meshGroups(
    object: GeometryCollection<Record<string, unknown>>,
    filter: (a: Geom, b: Geom) => boolean,
    cell = MESH_CELL,
  ): string[] {
    const size = cell * this.unit;
    const groups = new Map<string, string>();
    for (const i of this.meshArcs(object, filter)) {
      const c = this.ints(i);
      let x0 = Infinity;
      let y0 = Infinity;
      let x1 = -Infinity;
      let y1 = -Infinity;
      for (let k = 0; k < c.length; k += 2) {
        const x = c[k]!;
        const y = c[k + 1]!;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
      }
      const key = Math.floor((x0 + x1) / 2 / size) + ',' + Math.floor((y0 + y1) / 2 / size);
      groups.set(key, (groups.get(key) ?? '') + this.line([i], false));
    }
    return [...groups.values()];
  }

  /** The arcs of a mesh, in index order. */
  private meshArcs(
    object: GeometryCollection<Record<string, unknown>>,
    filter: (a: Geom, b: Geom) => boolean,
  ): number[] {
    const byArc = new Map<number, [Geom, Geom]>();
    const visit = (arcs: readonly number[], g: Geom) => {
      for (const a of arcs) {
        const i = a < 0 ? ~a : a;
        const seen = byArc.get(i);
        if (seen) seen[1] = g;
        else byArc.set(i, [g, g]);
      }
    };
    const walk = (g: Geom) => {
      if (g.type === 'Polygon') for (const ring of g.arcs) visit(ring, g);
      else if (g.type === 'MultiPolygon') for (const poly of g.arcs) for (const ring of poly) visit(ring, g);
      else if (g.type === 'LineString') visit(g.arcs, g);
      else if (g.type === 'MultiLineString') for (const l of g.arcs) visit(l, g);
      else if (g.type === 'GeometryCollection') for (const c of g.geometries) walk(c);
    };
    for (const g of object.geometries) walk(g);
    return [...byArc]
      .sort((x, y) => x[0] - y[0])
      .filter(([, [a, b]]) => filter(a, b))
      .map(([i]) => i);
  }
}
