/**
 * Label placement for the map's point labels: one pure function for every output (the live SVG map,
 * MapLibre's overlay, the slide PNG, print and the deck export), computed for the output's own size and
 * type size, from the font's own metrics (theme/text.ts), never from a canvas: the same inputs give the same
 * layout in Node, the browser and every export.
 *
 * A label sits beside its dot (right first, then left, above, below, the four diagonals), else it moves out
 * with a leader line (a callout); if a label still cannot be placed the whole map switches to numbered
 * markers with a key. Whatever the mode, no label overlaps another label, a dot, a leader line, or an
 * obstacle (the map's controls), every label stays inside the frame, and each label is nearer its own dot
 * than any other dot, so that it reads as its own marker's at a glance.
 */
import { textWidth, type Font } from '../theme/text';

export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface LabelPoint {
  id: string;
  x: number;
  y: number;
  /** The label's text, on one line. */
  text: string;
}

export type Side =
  'right' | 'left' | 'above' | 'below' | 'above-right' | 'above-left' | 'below-right' | 'below-left';

export interface PlacedLabel {
  id: string;
  /** The label's box (text and its padding), in the output's pixels. */
  box: Box;
  side: Side | 'callout';
  /** A callout's leader line, from the dot's edge to the label's edge; null beside the dot. */
  leader: [x1: number, y1: number, x2: number, y2: number] | null;
}

export interface LabelStyle {
  font: Font;
  /** Horizontal padding inside the label's box, each side. */
  padX: number;
  /** The label box's height (text and vertical padding). */
  height: number;
  /** Half the side of a dot's square: a label keeps off every dot's square. */
  dot: number;
  /** Room between a dot's square and a label beside it. */
  gap: number;
  /** The space kept free around every label (no two labels closer than this). */
  spacing: number;
}

export interface PlacementOptions {
  width: number;
  height: number;
  style: LabelStyle;
  /** Boxes no label may overlap: the map's controls, a legend, an inset. */
  obstacles?: readonly Box[];
  /** Labels stay this far inside the frame's edges. */
  inset?: { top: number; right: number; bottom: number; left: number };
  /** Furthest a callout's label may stand from its dot, in pixels (default: 7 label heights). */
  maxLeader?: number;
  /** Per point, a square (half side) no other label may overlap: a coarse pointer's hit area. */
  targets?: ReadonlyMap<string, number>;
  /**
   * Whether the map may switch to numbered markers when a label fits nowhere (the caller then shows the
   * key). Without it such a label is left out: for secondary labels (commune names), most important first.
   */
  numbers?: boolean;
  /**
   * Without numbers: a callout's label need not be nearer its own dot than any other, its leader line
   * joining them (PRODUCT.md « Exports »), before a label is left out. For markers, not for secondary names.
   */
  joinedCallouts?: boolean;
}

export interface LabelLayout {
  mode: 'labels' | 'numbers';
  /** Every point's label in input order (mode 'labels'), or none (mode 'numbers'). */
  labels: PlacedLabel[];
  /** Mode 'numbers': each point's number, 1-based, in input order. */
  numbers: Map<string, number>;
}

export const boxWidth = (text: string, style: LabelStyle) =>
  Math.ceil(textWidth(text, style.font)) + 2 * style.padX;

export const overlaps = (a: Box, b: Box, margin = 0) =>
  a.x0 < b.x1 + margin && a.x1 > b.x0 - margin && a.y0 < b.y1 + margin && a.y1 > b.y0 - margin;

/** Distance from a point to a box (0 inside). */
export function distanceToBox(b: Box, x: number, y: number): number {
  const dx = Math.max(b.x0 - x, 0, x - b.x1);
  const dy = Math.max(b.y0 - y, 0, y - b.y1);
  return Math.hypot(dx, dy);
}

/** Whether the segment (x1, y1)–(x2, y2) crosses the box (Liang–Barsky). */
export function segmentHitsBox(x1: number, y1: number, x2: number, y2: number, b: Box): boolean {
  let t0 = 0;
  let t1 = 1;
  const dx = x2 - x1;
  const dy = y2 - y1;
  const clip = (p: number, q: number) => {
    if (p === 0) return q >= 0;
    const r = q / p;
    if (p < 0) {
      if (r > t1) return false;
      if (r > t0) t0 = r;
    } else {
      if (r < t0) return false;
      if (r < t1) t1 = r;
    }
    return true;
  };
  return (
    clip(-dx, x1 - b.x0) && clip(dx, b.x1 - x1) && clip(-dy, y1 - b.y0) && clip(dy, b.y1 - y1) && t0 <= t1
  );
}

function segmentsCross(a: readonly number[], b: readonly number[]): boolean {
  const [ax, ay, bx, by] = a as [number, number, number, number];
  const [cx, cy, dx, dy] = b as [number, number, number, number];
  const d = (bx - ax) * (dy - cy) - (by - ay) * (dx - cx);
  if (d === 0) return false;
  const t = ((cx - ax) * (dy - cy) - (cy - ay) * (dx - cx)) / d;
  const u = ((cx - ax) * (by - ay) - (cy - ay) * (bx - ax)) / d;
  return t >= 0 && t <= 1 && u >= 0 && u <= 1;
}

const SIDES: readonly Side[] = [
  'right',
  'left',
  'above',
  'below',
  'above-right',
  'below-right',
  'above-left',
  'below-left',
];

function besideBox(p: LabelPoint, w: number, side: Side, s: LabelStyle): Box {
  const h = s.height;
  const r = s.dot + s.gap;
  const d = s.dot * 0.75 + s.gap;
  switch (side) {
    case 'right':
      return { x0: p.x + r, y0: p.y - h / 2, x1: p.x + r + w, y1: p.y + h / 2 };
    case 'left':
      return { x0: p.x - r - w, y0: p.y - h / 2, x1: p.x - r, y1: p.y + h / 2 };
    case 'above':
      return { x0: p.x - w / 2, y0: p.y - r - h, x1: p.x + w / 2, y1: p.y - r };
    case 'below':
      return { x0: p.x - w / 2, y0: p.y + r, x1: p.x + w / 2, y1: p.y + r + h };
    case 'above-right':
      return { x0: p.x + d, y0: p.y - d - h, x1: p.x + d + w, y1: p.y - d };
    case 'below-right':
      return { x0: p.x + d, y0: p.y + d, x1: p.x + d + w, y1: p.y + d + h };
    case 'above-left':
      return { x0: p.x - d - w, y0: p.y - d - h, x1: p.x - d, y1: p.y - d };
    case 'below-left':
      return { x0: p.x - d - w, y0: p.y + d, x1: p.x - d, y1: p.y + d + h };
  }
}

/** 24 directions for callouts, nearest to the horizontal first (labels read best beside their dot). */
const DIRECTIONS = Array.from({ length: 24 }, (_, i) => (i * Math.PI) / 12).sort(
  (a, b) => Math.abs(Math.sin(a)) - Math.abs(Math.sin(b)) || Math.cos(b) - Math.cos(a),
);

interface Attempt {
  labels: Map<string, PlacedLabel>;
  failed: string[];
  cost: number;
}

/** Where every label goes (see the module's comment). Pure: the same inputs give the same layout. */
export function placeLabels(points: readonly LabelPoint[], options: PlacementOptions): LabelLayout {
  const { width, height, style } = options;
  const inset = options.inset ?? { top: 0, right: 0, bottom: 0, left: 0 };
  const maxLeader = options.maxLeader ?? style.height * 7;
  const frame: Box = { x0: inset.left, y0: inset.top, x1: width - inset.right, y1: height - inset.bottom };
  const inside = (b: Box) => b.x0 >= frame.x0 && b.x1 <= frame.x1 && b.y0 >= frame.y0 && b.y1 <= frame.y1;
  const visible = points.filter((p) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height);
  const widths = new Map(visible.map((p) => [p.id, boxWidth(p.text, style)]));
  const dotBox = (p: LabelPoint): Box => {
    const r = Math.max(style.dot, options.targets?.get(p.id) ?? 0);
    return { x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r };
  };
  const dots = visible.map((p) => ({ id: p.id, box: dotBox(p), p }));

  /** A label is its own dot's when it is clearly nearer that dot than any other (by 4 px at least). */
  const ownNearest = (box: Box, p: LabelPoint) => {
    const own = distanceToBox(box, p.x, p.y);
    return dots.every((d) => d.id === p.id || distanceToBox(box, d.p.x, d.p.y) >= own + 4);
  };

  function attempt(order: readonly LabelPoint[]): Attempt {
    const placed: PlacedLabel[] = [];
    const failed: string[] = [];
    let cost = 0;
    const free = (box: Box, id: string) =>
      inside(box) &&
      !(options.obstacles ?? []).some((o) => overlaps(box, o)) &&
      !dots.some((d) => d.id !== id && overlaps(box, d.box, 1)) &&
      !placed.some(
        (l) =>
          overlaps(box, l.box, style.spacing) ||
          (l.leader !== null && segmentHitsBox(...l.leader, { ...box, x0: box.x0 - 1, x1: box.x1 + 1 })),
      );
    for (const p of order) {
      const w = widths.get(p.id)!;
      let label: PlacedLabel | null = null;
      for (const [i, side] of SIDES.entries()) {
        const box = besideBox(p, w, side, style);
        if (free(box, p.id) && ownNearest(box, p)) {
          label = { id: p.id, box, side, leader: null };
          cost += i * 0.5;
          break;
        }
      }
      if (!label) label = callout(p, w, free, placed);
      if (label) {
        if (label.side === 'callout')
          cost += 4 + Math.hypot(label.leader![2] - p.x, label.leader![3] - p.y) / style.height;
        placed.push(label);
      } else failed.push(p.id);
    }
    return { labels: new Map(placed.map((l) => [l.id, l])), failed, cost };
  }

  function callout(
    p: LabelPoint,
    w: number,
    free: (box: Box, id: string) => boolean,
    placed: readonly PlacedLabel[],
  ): PlacedLabel | null {
    const h = style.height;
    const own = dots.find((d) => d.id === p.id)!.box;
    const start = style.dot + style.gap + h / 2;
    for (let dist = start; dist <= maxLeader; dist += h / 2) {
      for (const angle of DIRECTIONS) {
        const ux = Math.cos(angle);
        const uy = Math.sin(angle);
        // The box's edge meets the ray at `dist` from the dot's centre.
        const ext = Math.min(ux ? w / 2 / Math.abs(ux) : Infinity, uy ? h / 2 / Math.abs(uy) : Infinity);
        const cx = p.x + (dist + ext) * ux;
        const cy = p.y + (dist + ext) * uy;
        const box: Box = { x0: cx - w / 2, y0: cy - h / 2, x1: cx + w / 2, y1: cy + h / 2 };
        if (!free(box, p.id) || (!joined && !ownNearest(box, p))) continue;
        const r = (own.x1 - own.x0) / 2;
        const leader: [number, number, number, number] = [
          p.x + ux * (style.dot * 0.7),
          p.y + uy * (style.dot * 0.7),
          p.x + ux * dist,
          p.y + uy * dist,
        ];
        if (dist - r < 2) continue;
        // The leader crosses no other dot, no other label and no other leader.
        if (dots.some((d) => d.id !== p.id && segmentHitsBox(...leader, d.box))) continue;
        if ((options.obstacles ?? []).some((o) => segmentHitsBox(...leader, o))) continue;
        if (placed.some((l) => segmentHitsBox(...leader, l.box))) continue;
        if (placed.some((l) => l.leader && segmentsCross(leader, l.leader))) continue;
        return { id: p.id, box, side: 'callout', leader };
      }
    }
    return null;
  }

  // Greedy in the given order (the caller's priority: a selection first), then again with the labels that
  // failed first, a few times; the best attempt wins (fewest failures, then the least cost).
  let joined = false;
  let order = [...visible];
  let best = attempt(order);
  const rounds = () => {
    for (let round = 0; round < 4 && best.failed.length; round++) {
      const failed = new Set(best.failed);
      order = [...order.filter((p) => failed.has(p.id)), ...order.filter((p) => !failed.has(p.id))];
      const next = attempt(order);
      if (
        next.failed.length < best.failed.length ||
        (next.failed.length === best.failed.length && next.cost < best.cost)
      )
        best = next;
    }
  };
  rounds();
  // No numbers to fall back on (a frame too small for their key): a callout's label may stand anywhere
  // its leader line reaches, the line joining it to its own dot, rather than be left out.
  if (best.failed.length && !options.numbers && options.joinedCallouts) {
    joined = true;
    const next = attempt(order);
    if (next.failed.length < best.failed.length) best = next;
    rounds();
  }
  if (best.failed.length === 0) {
    return {
      mode: 'labels',
      labels: visible.map((p) => best.labels.get(p.id)!),
      numbers: new Map(),
    };
  }
  if (!options.numbers) {
    const failed = new Set(best.failed);
    return {
      mode: 'labels',
      labels: visible.filter((p) => !failed.has(p.id)).map((p) => best.labels.get(p.id)!),
      numbers: new Map(),
    };
  }
  return { mode: 'numbers', labels: [], numbers: new Map(points.map((p, i) => [p.id, i + 1])) };
}

/**
 * A coarse pointer's hit area around each dot: a square of `size` centred on it, cut along the bisector
 * with every neighbour whose square would overlap it (a Voronoi cell clipped to the square), as a polygon
 * relative to the dot. Two neighbours 34 px apart each keep 17 px towards the other.
 */
export function hitAreas(
  points: readonly { id: string; x: number; y: number }[],
  size = 44,
): Map<string, [number, number][]> {
  const half = size / 2;
  const out = new Map<string, [number, number][]>();
  for (const p of points) {
    let poly: [number, number][] = [
      [-half, -half],
      [half, -half],
      [half, half],
      [-half, half],
    ];
    for (const q of points) {
      if (q.id === p.id) continue;
      const dx = q.x - p.x;
      const dy = q.y - p.y;
      if (Math.abs(dx) >= size || Math.abs(dy) >= size) continue;
      // Keep the half-plane nearer p: v · (dx, dy) <= |d|² / 2.
      const limit = (dx * dx + dy * dy) / 2;
      poly = clipHalfPlane(poly, dx, dy, limit);
    }
    out.set(
      p.id,
      poly.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10]),
    );
  }
  return out;
}

/** Sutherland–Hodgman: the part of a convex polygon where a·x + b·y <= c. */
function clipHalfPlane(poly: [number, number][], a: number, b: number, c: number): [number, number][] {
  const out: [number, number][] = [];
  const f = (p: [number, number]) => a * p[0] + b * p[1] - c;
  for (let i = 0; i < poly.length; i++) {
    const cur = poly[i]!;
    const next = poly[(i + 1) % poly.length]!;
    const fc = f(cur);
    const fn = f(next);
    if (fc <= 0) out.push(cur);
    if ((fc < 0 && fn > 0) || (fc > 0 && fn < 0)) {
      const t = fc / (fc - fn);
      out.push([cur[0] + t * (next[0] - cur[0]), cur[1] + t * (next[1] - cur[1])]);
    }
  }
  return out;
}

/** The bounding box of a polygon given relative to (x, y). */
export function polygonBox(poly: readonly [number, number][], x = 0, y = 0): Box {
  const xs = poly.map((p) => p[0] + x);
  const ys = poly.map((p) => p[1] + y);
  return { x0: Math.min(...xs), y0: Math.min(...ys), x1: Math.max(...xs), y1: Math.max(...ys) };
}
