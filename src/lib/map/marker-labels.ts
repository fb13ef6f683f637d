/**
 * The territory markers' labels and keyboard model, as pure functions of the markers' positions: the live
 * map (both renderers) lays its labels out with `markerLabels`, the slide with the same `placeLabels` at
 * its own size and type (share/exports.ts).
 */
import { territories } from '../data';
import type { TerritoryId } from '../data/ids';
import { hitAreas, placeLabels, polygonBox, type Box, type LabelLayout, type LabelStyle } from './placement';

/** The live map's labels: bold 14 px in a 20 px box, 6 px of padding, off the 24 × 24 px targets. */
export const MARKER_LABEL: LabelStyle = {
  font: { size: 14, weight: 700 },
  padX: 6,
  height: 20,
  dot: 12,
  gap: 2,
  spacing: 2,
};

/** Labels keep off the scale bar and attribution at the map's foot, and off the very edges. */
export const MARKER_INSET = { top: 4, right: 4, bottom: 30, left: 4 };

/**
 * Where the map's controls stand before they can be measured (the first render, a server render): the
 * layer switch in the top left, the zoom buttons and « France entière » in the top right.
 */
export function defaultObstacles(width: number): Box[] {
  return [
    { x0: width - 122, y0: 0, x1: width, y1: 132 },
    { x0: 0, y0: 0, x1: Math.min(290, width - 124), y1: width < 380 ? 56 : 42 },
  ];
}

export interface MarkerPosition {
  id: TerritoryId;
  x: number;
  y: number;
}

/** Labels in priority order: the selection, then the compared territories, then canonical order. */
export function labelOrder(selected: TerritoryId | null, compared: readonly TerritoryId[]): TerritoryId[] {
  const first = [selected, ...compared].filter((id): id is TerritoryId => id !== null);
  return [...new Set([...first, ...territories.map((t) => t.id)])];
}

export interface MarkerLayout {
  labels: LabelLayout;
  /** Coarse pointers: each marker's hit area (relative to its dot), 44 × 44 px cut along bisectors. */
  hits: Map<string, [number, number][]> | null;
}

export function markerLabels(
  positions: readonly MarkerPosition[],
  options: {
    width: number;
    height: number;
    obstacles: readonly Box[];
    selected: TerritoryId | null;
    compared: readonly TerritoryId[];
    coarse: boolean;
    /**
     * Whether the map may number its markers (with a key under it) when a label fits nowhere: not in a
     * frame too small for a key (under 320 × 300 px, a small embed), where such a label goes out on a
     * leader line that may reach past another dot, and is left out only if no leader fits.
     */
    numbers?: boolean;
    /**
     * 'auto' decides here; the live map decides once per size from its France view ('numbers' or
     * 'labels'), so that zooming never switches the key on and off under the user.
     */
    mode?: 'auto' | 'labels' | 'numbers';
  },
): MarkerLayout {
  const byId = new Map(positions.map((p) => [p.id, p]));
  const names = new Map(territories.map((t) => [t.id, t.shortName]));
  const points = labelOrder(options.selected, options.compared).flatMap((id) => {
    const p = byId.get(id);
    return p ? [{ id, x: p.x, y: p.y, text: names.get(id) ?? id }] : [];
  });
  const hits = options.coarse ? hitAreas(positions) : null;
  // On a coarse pointer no label may cover another marker's hit area (it would take its taps).
  const targets = hits
    ? new Map(
        [...hits].map(([id, poly]) => {
          const b = polygonBox(poly);
          return [id, Math.max(-b.x0, b.x1, -b.y0, b.y1)];
        }),
      )
    : undefined;
  const canonical = new Map(territories.map((t, i) => [t.id as string, i + 1]));
  if (options.mode === 'numbers')
    return { labels: { mode: 'numbers', labels: [], numbers: canonical }, hits };
  const labels = placeLabels(points, {
    width: options.width,
    height: options.height,
    style: MARKER_LABEL,
    obstacles: options.obstacles,
    inset: MARKER_INSET,
    numbers: options.mode === 'labels' ? false : (options.numbers ?? true),
    joinedCallouts: true,
    targets,
  });
  // Numbers follow canonical order whatever the priority, so that the key reads 1 to 8.
  if (labels.mode === 'numbers') labels.numbers = canonical;
  return { labels, hits };
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The marker an arrow key moves to: the nearest in that direction on the map (within 60° of it, nearer the
 * axis preferred), or null if there is none that way.
 */
export function neighbourInDirection(
  positions: readonly MarkerPosition[],
  from: TerritoryId,
  direction: Direction,
): TerritoryId | null {
  const p = positions.find((q) => q.id === from);
  if (!p) return null;
  const [ux, uy] = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] }[direction] as [number, number];
  let best: TerritoryId | null = null;
  let bestScore = Infinity;
  for (const q of positions) {
    if (q.id === from) continue;
    const dx = q.x - p.x;
    const dy = q.y - p.y;
    const dist = Math.hypot(dx, dy);
    if (dist === 0) continue;
    const cos = (dx * ux + dy * uy) / dist;
    if (cos < 0.5) continue;
    // Distance, with a penalty for straying from the axis.
    const score = dist * (1 + 2 * (1 - cos));
    if (score < bestScore) {
      bestScore = score;
      best = q.id;
    }
  }
  return best;
}
