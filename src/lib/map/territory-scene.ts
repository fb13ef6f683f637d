/**
 * One territory at its own scale, as a picture to draw: its member communes, their borders and its EPCIs'
 * borders, the neighbour communes in grey, the seat, and the names (communes, EPCIs, the départements
 * around). Pure: no DOM, no state. The live map (TerritoryDetail.svelte, either renderer) and the slide
 * export draw the same scene, each for its own projection, size and type, so the same inputs give the
 * same picture in Node, the browser and every file.
 *
 * Two halves, because the live map moves its paths with the camera's transform but places its names for
 * the camera it shows:
 * - `scenePaths(detail, path)`: the path data, for one projection (`topologyPaths(topo, view)`: the same,
 *   straight from the file's arcs, as the live map writes it at the SVG's fixed projection).
 * - `sceneLabels(input)`: the seat and every name, in the output's pixels, for the current projection.
 * `territoryScene` is both at once (an export).
 *
 * Names are placed one at a time in order of importance, each with `placeLabels` (placement.ts) against
 * everything placed before it and the caller's obstacles, so that a more important name is never given
 * up for two lesser ones: the commune a search chose, the seat (beside its symbol), the three most
 * populous communes (these three and the seat may take a leader line), the EPCIs (several only), the
 * départements in view, then every other commune, most populous first, as many as fit; a name that fits
 * nowhere is left out. An area's name is centred on its pole of inaccessibility (the inside point
 * furthest from its edges), else slid along so that the pole stays under the name.
 */
import type { Feature, Geometry, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeoPermissibleObjects } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';

import type { AreaFeature, TerritoryDetail } from '../data/territory-geo';
import type { Font } from '../theme/text';
import type { Padding, ViewMercator } from './camera';
import type { AreaProps } from './geo';
import { TopoPaths } from './topo-paths';
import {
  boxWidth,
  overlaps,
  placeLabels,
  segmentHitsBox,
  type Box,
  type LabelStyle,
  type PlacedLabel,
} from './placement';

/** The year of the communes' population (« population municipale », INSEE millésime 2021: territory-geo.ts). */
export const POPULATION_YEAR = 2021;

export type Point = [x: number, y: number];
/** Longitude and latitude to the output's pixels. */
export type Projection = (lonLat: [number, number]) => [number, number];
/** A d3 `geoPath` for the same projection: GeoJSON to SVG path data. */
export type PathGenerator = (object: GeoPermissibleObjects) => string | null;

/** Font sizes in the output's pixels: the live map uses 12–13 px, a slide about 20–22 px. */
export interface TypeScale {
  /** Commune names, regular. */
  commune: number;
  /** The seat's name, bold. */
  seat: number;
  /** EPCI names, bold (several EPCIs only). */
  epci: number;
  /** Département names, regular (drawn italic and muted). */
  departement: number;
}

export const MAP_TYPE: TypeScale = { commune: 12, seat: 13, epci: 12, departement: 12 };
export const SLIDE_TYPE: TypeScale = { commune: 20, seat: 22, epci: 20, departement: 20 };

export interface ScenePaths {
  /** Each member commune's outline, in the detail's order (most populous first). */
  communes: { code: string; d: string }[];
  /** Borders between two member communes, each once: light. */
  communeMesh: string;
  /** Borders between two EPCIs of the territory: stronger; '' for a single EPCI. */
  epciMesh: string;
  /** Every neighbour commune, as one path: grey, unnamed. */
  voisines: string;
}

export type SceneLabelKind = 'seat' | 'commune' | 'epci' | 'departement';

export interface SceneLabel {
  kind: SceneLabelKind;
  /** INSEE code (seat, commune), SIREN (EPCI) or code (département). */
  id: string;
  text: string;
  font: Font;
  /** The label's box in the output's pixels; the text is centred in it. */
  box: Box;
  /** The point the label names: an area's pole, or the seat's point. */
  anchor: Point;
  /** A callout's leader line (anchor end first); null when the label sits on or beside its anchor. */
  leader: [x1: number, y1: number, x2: number, y2: number] | null;
}

export interface SceneSeat {
  code: string;
  name: string;
  x: number;
  y: number;
}

export interface SceneLabels {
  /** The seat's point (null when it falls outside the output). */
  seat: SceneSeat | null;
  /** In the order they were placed, most important first. */
  labels: SceneLabel[];
}

export interface SceneInput {
  detail: TerritoryDetail;
  /** The France topology's départements, as `features(france, 'departements', 'code')` gives them. */
  departements: readonly Feature<Geometry, AreaProps>[];
  /** The seat's point: the territory's `reference` in data/territories.json. */
  seat: { lon: number; lat: number };
  project: Projection;
  width: number;
  height: number;
  type: TypeScale;
  /** Boxes no name may overlap: the markers' dots and labels, the map's controls, an inset. */
  obstacles?: readonly Box[];
  /** Names stay this far inside the output's edges (the live map: clear of its scale bar). */
  inset?: Padding;
  /** Half the side of the seat's symbol, which its name sits beside and no name covers (default 12: the live marker). */
  seatRadius?: number;
  /** The commune a search chose (INSEE code): named first, whatever the room, when it is in view. */
  highlighted?: string | null;
  /** The seat is named at its point already (the live map's marker label says the same): no second name. */
  seatNamed?: boolean;
}

/** A name's box: the text's line with a little room around it. */
export function labelStyle(size: number, weight: 400 | 700 = 400): LabelStyle {
  return {
    font: { size, weight },
    padX: Math.round(size * 0.2),
    height: Math.round(size * 1.25),
    dot: 0,
    gap: 0,
    spacing: Math.max(2, Math.round(size * 0.2)),
  };
}

/** The path data of the scene (see the module's comment), for the projection of `path`. */
export function scenePaths(detail: TerritoryDetail, path: PathGenerator): ScenePaths {
  return {
    communes: detail.communes.map((f) => ({ code: f.properties.code, d: path(f) ?? '' })),
    communeMesh: path(detail.communeMesh) ?? '',
    epciMesh: detail.epcis.length > 1 ? (path(detail.epciMesh) ?? '') : '',
    voisines: path({ type: 'FeatureCollection', features: detail.voisines }) ?? '',
  };
}

/**
 * The same path data straight from the territory's topology at a view's Web Mercator, as the SVG map
 * writes its own (topo-paths.ts: each arc decoded and written once, integers in thousandths of a pixel,
 * to draw inside a `scale(1 / PATH_UNIT)` group): the live map's, several times faster than `geoPath`.
 */
export function topologyPaths(topo: Topology, view: ViewMercator): ScenePaths {
  const writer = new TopoPaths(topo, view);
  const object = (name: string) => topo.objects[name] as GeometryCollection<Record<string, unknown>>;
  const communes = object('communes');
  const epcis = object('epcis');
  return {
    communes: communes.geometries.map((g) => ({
      code: String((g.properties as { code?: string } | undefined)?.code ?? ''),
      d: writer.geometry(g),
    })),
    communeMesh: writer.mesh(communes, (a, b) => a !== b),
    epciMesh: epcis.geometries.length > 1 ? writer.mesh(epcis, (a, b) => a !== b) : '',
    voisines: writer.geometry({ type: 'GeometryCollection', geometries: object('voisines').geometries }),
  };
}

/** The whole scene for one output: `scenePaths` and `sceneLabels` with the same projection. */
export function territoryScene(input: SceneInput & { path: PathGenerator }): ScenePaths & SceneLabels {
  return { ...scenePaths(input.detail, input.path), ...sceneLabels(input) };
}

// ---------------------------------------------------------------------------------------------------
// Poles of inaccessibility

type Rings = Point[][];

/** Distance from (x, y) to the segment a–b, squared. */
function segmentDistance2(x: number, y: number, a: Point, b: Point): number {
  let dx = b[0] - a[0];
  let dy = b[1] - a[1];
  let px = a[0];
  let py = a[1];
  if (dx !== 0 || dy !== 0) {
    const t = ((x - px) * dx + (y - py) * dy) / (dx * dx + dy * dy);
    if (t > 1) {
      px = b[0];
      py = b[1];
    } else if (t > 0) {
      px += dx * t;
      py += dy * t;
    }
  }
  dx = x - px;
  dy = y - py;
  return dx * dx + dy * dy;
}

/** Whether (x, y) is inside the rings (even–odd: holes are holes). */
function insideRings(x: number, y: number, rings: Rings): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const a = ring[i]!;
      const b = ring[j]!;
      if (a[1] > y !== b[1] > y && x < ((b[0] - a[0]) * (y - a[1])) / (b[1] - a[1]) + a[0]) inside = !inside;
    }
  }
  return inside;
}

/** Signed distance to the rings' edges: positive inside, negative outside. */
function signedDistance(x: number, y: number, rings: Rings): number {
  let min = Infinity;
  for (const ring of rings)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
      min = Math.min(min, segmentDistance2(x, y, ring[i]!, ring[j]!));
  const d = Math.sqrt(min);
  return insideRings(x, y, rings) ? d : -d;
}

function ringsBox(rings: Rings): [number, number, number, number] {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const ring of rings)
    for (const [x, y] of ring) {
      if (x < x0) x0 = x;
      if (x > x1) x1 = x;
      if (y < y0) y0 = y;
      if (y > y1) y1 = y;
    }
  return [x0, y0, x1, y1];
}

interface Cell {
  x: number;
  y: number;
  half: number;
  d: number;
  max: number;
}

/**
 * The point of a box where `distance` (a signed distance: positive inside the region) is greatest, to
 * within `precision`: Mapbox's polylabel (quadtree search, best bound first), for any region.
 */
export function pole(
  box: readonly [number, number, number, number],
  distance: (x: number, y: number) => number,
  precision: number,
): { x: number; y: number; d: number } {
  const [x0, y0, x1, y1] = box;
  const size = Math.min(x1 - x0, y1 - y0);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  if (!(size > 0)) return { x: cx, y: cy, d: distance(cx, cy) };
  const cell = (x: number, y: number, half: number): Cell => {
    const d = distance(x, y);
    return { x, y, half, d, max: d + half * Math.SQRT2 };
  };
  // A binary max-heap by `max`: ties by insertion (the search is deterministic either way).
  const heap: Cell[] = [];
  const push = (c: Cell) => {
    heap.push(c);
    let i = heap.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (heap[p]!.max >= c.max) break;
      heap[i] = heap[p]!;
      i = p;
    }
    heap[i] = c;
  };
  const pop = (): Cell => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length) {
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        const mMax = () => (m === i ? last.max : heap[m]!.max);
        if (l < heap.length && heap[l]!.max > mMax()) m = l;
        if (r < heap.length && heap[r]!.max > mMax()) m = r;
        if (m === i) break;
        heap[i] = heap[m]!;
        i = m;
      }
      heap[i] = last;
    }
    return top;
  };
  const half = size / 2;
  for (let x = x0; x < x1; x += size)
    for (let y = y0; y < y1; y += size) push(cell(x + half, y + half, half));
  let best = cell(cx, cy, 0);
  // A bounded search: a few hundred cells are enough for any shape drawn here.
  for (let n = 0; heap.length && n < 400; n++) {
    const c = pop();
    if (c.d > best.d) best = c;
    if (c.max - best.d <= precision) continue;
    const h = c.half / 2;
    push(cell(c.x - h, c.y - h, h));
    push(cell(c.x + h, c.y - h, h));
    push(cell(c.x - h, c.y + h, h));
    push(cell(c.x + h, c.y + h, h));
  }
  return { x: best.x, y: best.y, d: best.d };
}

/** The polygons of an area (a Polygon is one). */
const polygons = (g: Polygon | MultiPolygon): Position[][][] =>
  g.type === 'Polygon' ? [g.coordinates] : g.coordinates;

/** Planar area of a ring (shoelace), unsigned. */
function ringArea(ring: readonly Position[]): number {
  let s = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
    s += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  return Math.abs(s / 2);
}

const anchors = new WeakMap<object, [number, number]>();

/**
 * Where an area's name goes, in longitude and latitude: the pole of inaccessibility of its largest part,
 * computed in a local equirectangular plane (the scale of a commune makes it the Mercator's pole too), so
 * once per feature whatever the projection. Inside the area (unit-tested with d3's spherical `geoContains`).
 * d3-geo's own `geoContains` and `geoCentroid` are not used here: d3-geo is one module of the first screen's
 * chunk, and whatever this lazy code takes from it would be bundled there.
 */
export function areaAnchor(f: AreaFeature<unknown>): [number, number] {
  const known = anchors.get(f);
  if (known) return known;
  const parts = polygons(f.geometry);
  const largest = parts.reduce((a, b) => (ringArea(b[0] ?? []) > ringArea(a[0] ?? []) ? b : a));
  const lat0 = ((largest[0]?.[0]?.[1] ?? 0) * Math.PI) / 180;
  const k = Math.cos(lat0);
  const rings: Rings = largest.map((ring) => ring.map((p) => [p[0]! * k, -p[1]!] as Point));
  const box = ringsBox(rings);
  const found = pole(
    box,
    (x, y) => signedDistance(x, y, rings),
    Math.max(box[2] - box[0], box[3] - box[1]) / 50,
  );
  // A positive distance is inside (the search starts from the box's centre, so a sliver still gets a point).
  const at: [number, number] = [found.x / k, -found.y];
  anchors.set(f, at);
  return at;
}

const lonLatBoxes = new WeakMap<object, [number, number, number, number]>();

/** An area's longitude/latitude box, once per geometry. */
function lonLatBox(g: Polygon | MultiPolygon): [number, number, number, number] {
  let box = lonLatBoxes.get(g);
  if (!box) {
    const [x0, y0, x1, y1] = ringsBox(polygons(g).flat() as Rings);
    lonLatBoxes.set(g, (box = [x0, y0, x1, y1]));
  }
  return box;
}

/** Rings projected to the output, each thinned to at most `max` vertices (enough for a label's room). */
function projectRings(parts: Position[][][], project: Projection, max = Infinity): Rings {
  const out: Rings = [];
  for (const poly of parts)
    for (const ring of poly) {
      const step = Math.max(1, Math.ceil(ring.length / max));
      const r: Point[] = [];
      for (let i = 0; i < ring.length; i += step) r.push(project([ring[i]![0]!, ring[i]![1]!]));
      if (r.length >= 3) out.push(r);
    }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Names

const LEADER_STEP = 4;
/** Rounds of the names that must be there (seat and three largest), each trying the last round's failures first. */
const MUST_ROUNDS = 4;

type Commune = TerritoryDetail['communes'][number];

/**
 * Points inside a region where a name has room, roomiest first: a grid over the region's box, each point
 * kept clear of the ones before by a sixth of the box's size. `distance` is signed (positive inside); only
 * points with at least `room` are kept. A grid is enough here: a name needs room, not the very pole.
 */
function roomyPoints(
  box: readonly [number, number, number, number],
  distance: (x: number, y: number) => number,
  room: number,
  count: number,
): Point[] {
  const [x0, y0, x1, y1] = box;
  const n = 10;
  const grid: { p: Point; d: number }[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      const p: Point = [x0 + ((i + 0.5) * (x1 - x0)) / n, y0 + ((j + 0.5) * (y1 - y0)) / n];
      const d = distance(p[0], p[1]);
      if (d >= room) grid.push({ p, d });
    }
  grid.sort((a, b) => b.d - a.d || a.p[0] - b.p[0] || a.p[1] - b.p[1]);
  const apart = Math.max(x1 - x0, y1 - y0) / 6;
  const out: Point[] = [];
  for (const g of grid) {
    if (out.length >= count) break;
    if (out.every((q) => Math.hypot(q[0] - g.p[0], q[1] - g.p[1]) >= apart)) out.push(g.p);
  }
  return out;
}

/** The names of the scene and the seat's point, for the output `input` describes (module comment). */
export function sceneLabels(input: SceneInput): SceneLabels {
  const { detail, project, width, height, type } = input;
  const inset = input.inset ?? { top: 0, right: 0, bottom: 0, left: 0 };
  const frame: Box = { x0: inset.left, y0: inset.top, x1: width - inset.right, y1: height - inset.bottom };
  const inView = (p: Point) => p[0] >= frame.x0 && p[0] <= frame.x1 && p[1] >= frame.y0 && p[1] <= frame.y1;
  /** What no new name may overlap: the obstacles, then every name placed (with its spacing) and leader. */
  const taken: Box[] = [...(input.obstacles ?? [])];
  const labels: SceneLabel[] = [];
  const named = new Set<string>();

  /** One name with `placeLabels`, against the boxes near it (all of them for a callout). */
  function place(
    x: number,
    y: number,
    text: string,
    style: LabelStyle,
    callout: boolean,
  ): PlacedLabel | null {
    const reach = boxWidth(text, style) + style.height * 2 + style.dot + style.gap;
    const near = callout
      ? taken
      : taken.filter((b) => b.x1 > x - reach && b.x0 < x + reach && b.y1 > y - reach && b.y0 < y + reach);
    const layout = placeLabels([{ id: text, x, y, text }], {
      width,
      height,
      style,
      obstacles: near,
      inset,
      numbers: false,
      maxLeader: callout ? undefined : 0,
    });
    return layout.labels[0] ?? null;
  }

  /**
   * An area's name over its anchor: centred on it, else with the anchor under its first or last letters
   * (`placeLabels` beside a point of no size with a negative gap: its sides are then those positions),
   * else, for the names that must be there, beside the anchor or out on a leader line.
   */
  function placeArea(anchor: Point, text: string, style: LabelStyle, callout: boolean): PlacedLabel | null {
    const h = style.height;
    const over = { ...style, dot: 0, gap: -h / 2 };
    const w = boxWidth(text, style);
    const [ax, ay] = anchor;
    // Those three boxes, checked first: most names in a dense territory find no room, and `placeLabels`
    // tries a failed name five times over before it gives it up.
    const row = { y0: ay - h / 2, y1: ay + h / 2 };
    const room = [ax - w / 2, ax - h / 2, ax + h / 2 - w].some((x0) => {
      const b = { x0, x1: x0 + w, ...row };
      return (
        b.x0 >= frame.x0 &&
        b.x1 <= frame.x1 &&
        b.y0 >= frame.y0 &&
        b.y1 <= frame.y1 &&
        !taken.some((o) => overlaps(b, o))
      );
    });
    if (room) {
      const centred = place(ax - w / 2 + h / 2, ay, text, over, false);
      if (centred?.side === 'right') return centred;
      const slid = place(ax, ay, text, over, false);
      if (slid) return slid;
    }
    return callout ? place(ax, ay, text, { ...style, dot: 2, gap: 2 }, true) : null;
  }

  function keep(
    kind: SceneLabelKind,
    id: string,
    text: string,
    style: LabelStyle,
    anchor: Point,
    l: PlacedLabel,
  ): void {
    const s = style.spacing;
    labels.push({ kind, id, text, font: style.font, box: l.box, anchor, leader: l.leader });
    named.add(`${kind}:${id}`);
    taken.push({ x0: l.box.x0 - s, y0: l.box.y0 - s, x1: l.box.x1 + s, y1: l.box.y1 + s });
    // A leader line is kept clear too, as a string of small boxes along it.
    if (l.leader) {
      const [x1, y1, x2, y2] = l.leader;
      const n = Math.ceil(Math.hypot(x2 - x1, y2 - y1) / LEADER_STEP);
      for (let i = 0; i <= n; i++) {
        const x = x1 + ((x2 - x1) * i) / n;
        const y = y1 + ((y2 - y1) * i) / n;
        taken.push({ x0: x - 1, y0: y - 1, x1: x + 1, y1: y + 1 });
      }
    }
  }

  /** A name that must show even where nothing is free: centred on its anchor, inside the frame. */
  function forced(anchor: Point, text: string, style: LabelStyle): PlacedLabel {
    const w = boxWidth(text, style);
    const h = style.height;
    const x0 = Math.min(Math.max(anchor[0] - w / 2, frame.x0), frame.x1 - w);
    const y0 = Math.min(Math.max(anchor[1] - h / 2, frame.y0), frame.y1 - h);
    return { id: text, box: { x0, y0, x1: x0 + w, y1: y0 + h }, side: 'right', leader: null };
  }

  const communeStyle = labelStyle(type.commune);
  const communeAnchor = (f: Commune): Point => project(areaAnchor(f));
  /** A commune's name over its pole; false when it could not be placed (out of view counts as done). */
  function nameCommune(f: Commune, callout: boolean): boolean {
    const anchor = communeAnchor(f);
    if (!inView(anchor)) return true;
    const l = placeArea(anchor, f.properties.nom, communeStyle, callout);
    if (l) keep('commune', f.properties.code, f.properties.nom, communeStyle, anchor, l);
    return l !== null;
  }

  // The seat: its point, kept clear, its name beside it.
  const seatFeature = detail.communes.find((f) => f.properties.seat) ?? detail.communes[0];
  const seatPoint = project([input.seat.lon, input.seat.lat]);
  const seatRadius = input.seatRadius ?? 12;
  const seatStyle = { ...labelStyle(type.seat, 700), dot: seatRadius, gap: 2 };
  const seat: SceneSeat | null =
    seatFeature && seatPoint[0] >= 0 && seatPoint[0] <= width && seatPoint[1] >= 0 && seatPoint[1] <= height
      ? {
          code: seatFeature.properties.code,
          name: seatFeature.properties.nom,
          x: seatPoint[0],
          y: seatPoint[1],
        }
      : null;
  if (seat && seatRadius > 0)
    taken.push({
      x0: seat.x - seatRadius,
      y0: seat.y - seatRadius,
      x1: seat.x + seatRadius,
      y1: seat.y + seatRadius,
    });
  function nameSeat(): boolean {
    if (!seatFeature || !seat || input.seatNamed) return true;
    const text = seatFeature.properties.nom;
    const beside = place(seat.x, seat.y, text, seatStyle, true);
    if (beside) {
      keep('seat', seat.code, text, seatStyle, [seat.x, seat.y], beside);
      return true;
    }
    const anchor = communeAnchor(seatFeature);
    const over = inView(anchor) ? placeArea(anchor, text, seatStyle, false) : null;
    if (over) keep('seat', seat.code, text, seatStyle, anchor, over);
    return over !== null;
  }

  // 1. The commune a search chose, whatever the room: a leader line if need be, else over what is there.
  const chosen = input.highlighted
    ? detail.communes.find((f) => f.properties.code === input.highlighted)
    : undefined;
  if (chosen && chosen !== seatFeature) {
    const anchor = communeAnchor(chosen);
    if (inView(anchor)) {
      const text = chosen.properties.nom;
      const l = placeArea(anchor, text, communeStyle, true) ?? forced(anchor, text, communeStyle);
      keep('commune', chosen.properties.code, text, communeStyle, anchor, l);
    }
  } else if (chosen && seat && !nameSeat()) {
    const anchor = communeAnchor(chosen);
    keep('seat', seat.code, seat.name, seatStyle, anchor, forced(anchor, seat.name, seatStyle));
  }

  // 2. The seat and the three most populous communes besides it, in rounds: a name that found no room is
  // tried first in the next round (the seat's name can sit on either side of its symbol, a commune's name
  // under the seat's would otherwise have none), and the round that leaves out fewest wins.
  const others = detail.communes.filter((f) => f !== seatFeature && f !== chosen);
  type Must = { key: string; name: () => boolean };
  const must: Must[] = [
    ...(named.has(`seat:${seat?.code}`) ? [] : [{ key: 'seat', name: nameSeat }]),
    ...others.slice(0, 3).map((f) => ({ key: f.properties.code, name: () => nameCommune(f, true) })),
  ];
  const mark = { taken: taken.length, labels: labels.length, named: new Set(named) };
  const rollback = () => {
    taken.length = mark.taken;
    labels.length = mark.labels;
    named.clear();
    for (const k of mark.named) named.add(k);
  };
  let order = must;
  let best: { order: Must[]; failed: number } | null = null;
  for (let round = 0; round < MUST_ROUNDS; round++) {
    const failed = order.filter((m) => !m.name());
    if (!best || failed.length < best.failed) best = { order, failed: failed.length };
    if (!failed.length) break;
    rollback();
    order = [...failed, ...order.filter((m) => !failed.includes(m))];
  }
  if (best && best.order !== order) {
    rollback();
    for (const m of best.order) m.name();
  }

  // 3. The EPCIs, when there are several, each where it has room.
  if (detail.epcis.length > 1) {
    const style = labelStyle(type.epci, 700);
    for (const e of detail.epcis) {
      const tryAt = (spot: Point) => {
        const l = inView(spot) ? placeArea(spot, e.properties.nom, style, false) : null;
        if (l) keep('epci', e.properties.siren, e.properties.nom, style, spot, l);
        return l !== null;
      };
      // Its pole first; only if that is taken, the roomiest other points of its part in view.
      if (tryAt(project(areaAnchor(e)))) continue;
      const rings = projectRings(polygons(e.geometry), project, 200);
      const box = clip(ringsBox(rings), frame);
      if (!box) continue;
      const distance = (x: number, y: number) => Math.min(signedDistance(x, y, rings), inFrame(x, y, frame));
      roomyPoints(box, distance, style.height / 2, 6).some(tryAt);
    }
  }

  // 4. The départements in view, each where it has most room outside the territory.
  const depStyle = labelStyle(type.departement);
  for (const dep of departementSpots(input, frame)) {
    const text = dep.name.replace(/'/g, '’');
    for (const spot of dep.spots) {
      const l = placeArea(spot, text, depStyle, false);
      if (l) {
        keep('departement', dep.code, text, depStyle, spot, l);
        break;
      }
    }
  }

  // 5. Every other commune, most populous first, as many as fit.
  for (const f of others.slice(3)) nameCommune(f, false);

  return { seat, labels };
}

/** Signed distance to a frame's edges (positive inside). */
const inFrame = (x: number, y: number, f: Box) => Math.min(x - f.x0, f.x1 - x, y - f.y0, f.y1 - y);

/** A box cut to the frame, or null when too little of it is left. */
function clip(b: readonly [number, number, number, number], f: Box): [number, number, number, number] | null {
  const out: [number, number, number, number] = [
    Math.max(b[0], f.x0),
    Math.max(b[1], f.y0),
    Math.min(b[2], f.x1),
    Math.min(b[3], f.y1),
  ];
  return out[2] - out[0] > 4 && out[3] - out[1] > 4 ? out : null;
}

/**
 * The départements whose part in view has room for a name, each with the points of that part furthest
 * from its edges, from the territory (whose own names fill it) and from the frame, best first.
 */
function departementSpots(input: SceneInput, frame: Box): { code: string; name: string; spots: Point[] }[] {
  const { project, detail } = input;
  const h = labelStyle(input.type.departement).height;
  const territory = projectRings(
    detail.epcis.flatMap((e) => polygons(e.geometry)),
    project,
    80,
  );
  const tBox = ringsBox(territory);
  const out: { code: string; name: string; spots: Point[] }[] = [];
  for (const dep of input.departements) {
    const g = dep.geometry;
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    // Most départements are far away: their box (corners projected) says so before their rings are.
    const [w, s, e, n] = lonLatBox(g);
    const corners = [project([w, s]), project([e, n]), project([w, n]), project([e, s])];
    if (
      corners.every((c) => c[0] < frame.x0) ||
      corners.every((c) => c[0] > frame.x1) ||
      corners.every((c) => c[1] < frame.y0) ||
      corners.every((c) => c[1] > frame.y1)
    )
      continue;
    const rings = projectRings(polygons(g), project, 100);
    const box = clip(ringsBox(rings), frame);
    if (!box || box[2] - box[0] < h || box[3] - box[1] < h) continue;
    const distance = (x: number, y: number) => {
      const room = Math.min(inFrame(x, y, frame), signedDistance(x, y, rings));
      // Further from the territory's box than from the other edges, its rings need not be measured.
      const dx = Math.max(tBox[0] - x, 0, x - tBox[2]);
      const dy = Math.max(tBox[1] - y, 0, y - tBox[3]);
      return Math.hypot(dx, dy) > room ? room : Math.min(room, -signedDistance(x, y, territory));
    };
    const spots = roomyPoints(box, distance, h / 2 + 2, 4);
    if (spots.length) out.push({ code: dep.properties.id, name: dep.properties.name, spots });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------
// Hit-testing and room

/**
 * Which member commune lies under a point of the output, for the live map's hover and tap: the communes'
 * rings projected once, each with its box. Communes do not overlap, so the first hit is the one.
 */
export function communeLocator(
  detail: TerritoryDetail,
  project: Projection,
): (x: number, y: number) => string | null {
  const index = detail.communes.map((f) => {
    const rings = projectRings(polygons(f.geometry), project);
    return { code: f.properties.code, rings, box: ringsBox(rings) };
  });
  return (x, y) => {
    for (const c of index)
      if (x >= c.box[0] && x <= c.box[2] && y >= c.box[1] && y <= c.box[3] && insideRings(x, y, c.rings))
        return c.code;
    return null;
  };
}

/** The territory's outline (its EPCIs' rings) in the output's pixels, for `touches`. */
export function territoryOutline(detail: TerritoryDetail, project: Projection): Rings {
  return projectRings(
    detail.epcis.flatMap((e) => polygons(e.geometry)),
    project,
  );
}

/** Whether a box covers any part of an outline: an edge crosses it, or it lies wholly inside. */
export function touches(outline: Rings, box: Box): boolean {
  for (const ring of outline)
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++)
      if (segmentHitsBox(ring[j]![0], ring[j]![1], ring[i]![0], ring[i]![1], box)) return true;
  return insideRings((box.x0 + box.x1) / 2, (box.y0 + box.y1) / 2, outline);
}
