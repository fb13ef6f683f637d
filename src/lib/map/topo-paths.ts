/**
 * SVG path data straight from a TopoJSON topology, for the first paint. Each arc is decoded and
 * projected once, and written once as text; a region, a territory or a boundary mesh is then the
 * concatenation of its arcs' texts. Compared with `feature()` + `mesh()` + `geoPath()` this skips the
 * GeoJSON objects, the stitching of meshes and projecting every shared border twice: the same picture
 * (the unit tests compare the points) for a fraction of the first screen's main-thread time. The
 * GeoJSON (`geo.ts`) is still built, lazily, for MapLibre and the exports.
 */
import type { GeometryCollection, GeometryObject, Topology } from 'topojson-specification';

export type Project = (lon: number, lat: number) => [number, number];
type Geom = GeometryObject<Record<string, unknown>>;

export class TopoPaths {
  private readonly forward: (string[] | undefined)[] = [];
  private readonly round: number;

  constructor(
    private readonly topo: Topology,
    private readonly project: Project,
    digits = 3,
  ) {
    this.round = 10 ** digits;
  }

  /** The projected points of arc `i` as "x,y" texts, decoded from the quantized deltas on first use. */
  private points(i: number): string[] {
    const cached = this.forward[i];
    if (cached) return cached;
    const arc = this.topo.arcs[i] ?? [];
    const t = this.topo.transform;
    const r = this.round;
    const out: string[] = new Array<string>(arc.length);
    let x = 0;
    let y = 0;
    for (let k = 0; k < arc.length; k++) {
      const p = arc[k]!;
      let lon: number;
      let lat: number;
      if (t) {
        x += p[0]!;
        y += p[1]!;
        lon = x * t.scale[0] + t.translate[0];
        lat = y * t.scale[1] + t.translate[1];
      } else {
        lon = p[0]!;
        lat = p[1]!;
      }
      const [px, py] = this.project(lon, lat);
      out[k] = `${Math.round(px * r) / r},${Math.round(py * r) / r}`;
    }
    this.forward[i] = out;
    return out;
  }

  /** One line through arcs in order (a negative index ~i is arc i reversed), shared ends written once. */
  private line(arcs: readonly number[], close: boolean): string {
    const parts: string[] = [];
    for (const [n, a] of arcs.entries()) {
      let pts = this.points(a < 0 ? ~a : a);
      if (a < 0) pts = pts.slice().reverse();
      parts.push((n === 0 ? pts : pts.slice(1)).join('L'));
    }
    return parts.length ? `M${parts.join('L')}${close ? 'Z' : ''}` : '';
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
    let d = '';
    for (const [i, [a, b]] of [...byArc].sort((x, y) => x[0] - y[0]))
      if (filter(a, b)) d += this.line([i], false);
    return d;
  }
}
