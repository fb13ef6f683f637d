/**
 * Label placement (map/placement.ts, map/marker-labels.ts) on the real data: the eight territories framed
 * as the live map frames France, at the widths users have, in the output's own size.
 */
import { describe, expect, it } from 'vitest';

import { territories } from '../../src/lib/data';
import { FRANCE_BOUNDS, fitBounds, framePadding, project } from '../../src/lib/map/camera';
import {
  MARKER_INSET,
  MARKER_LABEL,
  defaultObstacles,
  markerLabels,
  neighbourInDirection,
} from '../../src/lib/map/marker-labels';
import {
  distanceToBox,
  hitAreas,
  overlaps,
  placeLabels,
  polygonBox,
  segmentHitsBox,
  type Box,
  type LabelLayout,
} from '../../src/lib/map/placement';

/** Map sizes as the app lays them out at these window widths (measured in Chromium), and slides. */
const SIZES: [string, number, number][] = [
  ['phone 390', 390, 368],
  ['tablet 1024', 704, 628],
  ['laptop 1280', 896, 705],
  ['desktop 1920', 1500, 985],
  ['4K 3840', 3420, 2065],
];

function france(width: number, height: number) {
  const camera = fitBounds(FRANCE_BOUNDS, width, height, framePadding(width, height));
  return territories.map((t) => {
    const [x, y] = project(camera, width, height, t.reference.lon, t.reference.lat);
    return { id: t.id, x, y };
  });
}

const dotBox = (p: { x: number; y: number }, r = MARKER_LABEL.dot): Box => ({
  x0: p.x - r,
  y0: p.y - r,
  x1: p.x + r,
  y1: p.y + r,
});

/** Everything a layout must satisfy, whatever its mode. */
function checkLayout(
  layout: LabelLayout,
  positions: { id: string; x: number; y: number }[],
  width: number,
  height: number,
  obstacles: Box[],
) {
  if (layout.mode === 'numbers') {
    // Every territory numbered 1–8 in canonical order: the key lists them all.
    expect([...layout.numbers.values()].sort()).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(layout.labels).toEqual([]);
    return;
  }
  const visible = positions.filter((p) => p.x >= 0 && p.x <= width && p.y >= 0 && p.y <= height);
  expect(layout.labels.map((l) => l.id).sort()).toEqual(visible.map((p) => p.id).sort());
  for (const l of layout.labels) {
    const own = positions.find((p) => p.id === l.id)!;
    // Inside the frame, clear of the controls.
    expect(l.box.x0).toBeGreaterThanOrEqual(MARKER_INSET.left);
    expect(l.box.x1).toBeLessThanOrEqual(width - MARKER_INSET.right);
    expect(l.box.y0).toBeGreaterThanOrEqual(MARKER_INSET.top);
    expect(l.box.y1).toBeLessThanOrEqual(height - MARKER_INSET.bottom);
    for (const o of obstacles) expect(overlaps(l.box, o), `${l.id} over a control`).toBe(false);
    for (const other of layout.labels)
      if (other.id !== l.id) expect(overlaps(l.box, other.box), `${l.id} × ${other.id}`).toBe(false);
    for (const p of positions) {
      if (p.id === l.id) continue;
      expect(overlaps(l.box, dotBox(p)), `${l.id} over ${p.id}'s marker`).toBe(false);
      // Nearest its own marker, by a visible margin.
      expect(distanceToBox(l.box, p.x, p.y), `${l.id} nearer ${p.id}`).toBeGreaterThan(
        distanceToBox(l.box, own.x, own.y),
      );
      if (l.leader)
        expect(segmentHitsBox(...l.leader, dotBox(p)), `${l.id}'s leader crosses ${p.id}`).toBe(false);
    }
  }
}

describe('marker labels on the real data', () => {
  for (const [name, width, height] of SIZES) {
    it(`${name} (${width} × ${height}): no overlap, each label nearest its own marker`, () => {
      const positions = france(width, height);
      const obstacles = defaultObstacles(width);
      for (const coarse of [false, true]) {
        const { labels, hits } = markerLabels(positions, {
          width,
          height,
          obstacles,
          selected: null,
          compared: [],
          coarse,
        });
        checkLayout(labels, positions, width, height, obstacles);
        if (width >= 700) expect(labels.mode).toBe('labels');
        expect(hits !== null).toBe(coarse);
      }
      // A selection and a comparison change the priority, never the guarantees.
      for (const [selected, compared] of [
        ['lisieux-normandie', []],
        [null, ['creusot-montceau', 'lezoux-thiers-ambert']],
      ] as const) {
        const { labels } = markerLabels(positions, {
          width,
          height,
          obstacles,
          selected,
          compared,
          coarse: false,
        });
        checkLayout(labels, positions, width, height, obstacles);
      }
    });
  }

  it('lays a 3840 × 2160 slide out for its own size and type, not scaled from a screen', () => {
    // The slide's map area at 2×, with a 48 px type: the same code, another size.
    const [w, h] = [2000, 1680];
    const positions = france(w, h);
    const style = {
      ...MARKER_LABEL,
      font: { size: 48, weight: 700 as const },
      height: 64,
      dot: 28,
      padX: 12,
    };
    const layout = placeLabels(
      positions.map((p) => ({ ...p, text: territories.find((t) => t.id === p.id)!.shortName })),
      { width: w, height: h, style, numbers: true },
    );
    expect(layout.mode).toBe('labels');
    for (const a of layout.labels)
      for (const b of layout.labels) if (a !== b) expect(overlaps(a.box, b.box)).toBe(false);
  });

  it('is deterministic: the same input gives the same layout', () => {
    const positions = france(704, 628);
    const run = () =>
      JSON.stringify(
        markerLabels(positions, {
          width: 704,
          height: 628,
          obstacles: defaultObstacles(704),
          selected: null,
          compared: [],
          coarse: false,
        }),
        (_, v: unknown) => (v instanceof Map ? [...v] : v),
      );
    expect(run()).toBe(run());
  });

  it('switches to numbered markers rather than let a label sit nearer another dot', () => {
    // Three dots in a row, 30 px apart, long names: no label can be its own dot's.
    const points = [0, 1, 2].map((i) => ({
      id: `p${i}`,
      x: 100 + i * 30,
      y: 100,
      text: 'Un nom assez long',
    }));
    const crowded = placeLabels(points, { width: 220, height: 200, style: MARKER_LABEL, numbers: true });
    expect(crowded.mode).toBe('numbers');
    // Without numbers, the labels that fit nowhere are left out, never overlapped.
    const partial = placeLabels(points, { width: 220, height: 200, style: MARKER_LABEL });
    expect(partial.labels.length).toBeLessThan(3);
  });

  it('moves a label out with a leader line when it fits nowhere beside its dot', () => {
    // A dot by the frame's right edge in a 60 px strip: no room right, above or below; a control covers
    // the left side just above the dot. The label goes left, on a leader under the control.
    const control: Box = { x0: 250, y0: 0, x1: 366, y1: 25 };
    const layout = placeLabels([{ id: 'a', x: 380, y: 34, text: 'Un nom' }], {
      width: 400,
      height: 60,
      style: MARKER_LABEL,
      obstacles: [control],
      numbers: true,
    });
    expect(layout.mode).toBe('labels');
    const [label] = layout.labels;
    expect(label!.side).toBe('callout');
    const leader = label!.leader!;
    expect(segmentHitsBox(...leader, control)).toBe(false);
    expect(overlaps(label!.box, control)).toBe(false);
    // The leader runs from the dot to the label's edge.
    expect(Math.hypot(leader[0] - 380, leader[1] - 34)).toBeLessThan(MARKER_LABEL.dot);
    expect(distanceToBox(label!.box, leader[2], leader[3])).toBeLessThan(0.5);
  });
});

describe('coarse pointers', () => {
  it('gives 44 × 44 px hit areas, cut along the bisector between close neighbours, never under 24 × 24', () => {
    const [w, h] = [390, 368];
    const positions = france(w, h);
    const hits = hitAreas(positions);
    const creusot = positions.find((p) => p.id === 'creusot-montceau')!;
    const lezoux = positions.find((p) => p.id === 'lezoux-thiers-ambert')!;
    const d = Math.hypot(creusot.x - lezoux.x, creusot.y - lezoux.y);
    expect(d).toBeLessThan(44);
    for (const p of positions) {
      const b = polygonBox(hits.get(p.id)!);
      // A 24 × 24 square centred on the dot fits inside every hit area.
      expect(b.x0).toBeLessThanOrEqual(-12);
      expect(b.x1).toBeGreaterThanOrEqual(12);
      expect(b.y0).toBeLessThanOrEqual(-12);
      expect(b.y1).toBeGreaterThanOrEqual(12);
      expect(b.x1 - b.x0).toBeLessThanOrEqual(44);
    }
    // Far from any neighbour, the full 44 × 44.
    const mulhouse = polygonBox(hits.get('mulhouse-alsace-agglomeration')!);
    expect(mulhouse.x1 - mulhouse.x0).toBe(44);
    // Two close neighbours' areas do not overlap: every vertex of one is on its own side of the bisector.
    const mid = [(creusot.x + lezoux.x) / 2, (creusot.y + lezoux.y) / 2];
    const [ux, uy] = [lezoux.x - creusot.x, lezoux.y - creusot.y];
    const norm = Math.hypot(ux, uy);
    for (const [x, y] of hits.get('creusot-montceau')!)
      expect(((creusot.x + x - mid[0]!) * ux + (creusot.y + y - mid[1]!) * uy) / norm).toBeLessThanOrEqual(
        0.1,
      );
  });
});

describe('keyboard: arrows to the nearest territory that way', () => {
  const positions = france(896, 705);
  it('walks the map as it lies', () => {
    expect(neighbourInDirection(positions, 'lisieux-normandie', 'right')).toBe('pays-compiegnois');
    expect(neighbourInDirection(positions, 'pays-compiegnois', 'down')).toBe('nord-loiret');
    expect(neighbourInDirection(positions, 'mulhouse-alsace-agglomeration', 'right')).toBeNull();
    expect(neighbourInDirection(positions, 'terres-de-montaigu', 'left')).toBeNull();
  });
  it('reaches every territory from any other by arrows', () => {
    for (const from of positions) {
      const seen = new Set([from.id]);
      const queue = [from.id];
      while (queue.length) {
        const id = queue.shift()!;
        for (const dir of ['left', 'right', 'up', 'down'] as const) {
          const next = neighbourInDirection(positions, id, dir);
          if (next && !seen.has(next)) {
            seen.add(next);
            queue.push(next);
          }
        }
      }
      expect(seen.size).toBe(8);
    }
  });
});

describe('the France view with nothing selected (AtlasMap.svelte reuses its home layout)', () => {
  it('places the same labels whether numbers are allowed or not, when it needs none', () => {
    let compared = 0;
    for (let width = 320; width <= 1920; width += 40) {
      for (const ratio of [0.45, 0.7, 0.95]) {
        const height = Math.round(width * ratio);
        for (const coarse of [false, true]) {
          const positions = france(width, height);
          const common = {
            width,
            height,
            obstacles: defaultObstacles(width),
            selected: null,
            compared: [],
            coarse,
          };
          const home = markerLabels(positions, { ...common, numbers: width >= 320 && height >= 300 });
          if (home.labels.mode !== 'labels') continue;
          compared += 1;
          expect(markerLabels(positions, { ...common, mode: 'labels' }), `${width} × ${height}`).toEqual(
            home,
          );
        }
      }
    }
    // The sizes users have are among them.
    expect(compared).toBeGreaterThan(100);
  });
});
