/**
 * What every chart layout is made of: labels measured with the font's own metrics (theme/text.ts), their
 * boxes, columns of wrapped labels, and the helpers that keep labels apart. The layouts (grid.ts, axes.ts,
 * similarity.ts, frequency.ts) are pure functions of the width and the labels: where every label, band
 * and mark goes. Components only draw what they return, so the unit tests can check, at every width from
 * 300 px to 1920 px and in both languages, that no two labels overlap on the real data.
 */
import { textWidth, wrap, type Font } from '../../theme/text';

export interface Box {
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface Label {
  key: string;
  lines: string[];
  /** Horizontal: x is the anchor, y the first baseline. Vertical (read upwards): x the baseline, y the start. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  vertical: boolean;
  size: number;
  weight: 400 | 700;
  lineHeight: number;
  /** The box the text occupies, for overlap checks and hit areas. */
  box: Box;
}

export interface Sizes {
  label: number;
  header: number;
  total: number;
  cell: number;
  note: number;
}
export const SIZE: Sizes = { label: 14, header: 13, total: 13, cell: 12, note: 12 };
/** Below 360 px every label loses a pixel: that is what lets twelve columns fit in a phone's width. */
const COMPACT: Sizes = { label: 13, header: 12, total: 12, cell: 12, note: 12 };
export const sizesFor = (width: number): Sizes => (width < 360 ? COMPACT : SIZE);
const LINE = 1.2;
/** Source Sans 3's ascender and descender (hhea): the box a browser gives a line of text. */
export const ASCENT = 1.024;
export const DESCENT = 0.4;

export const font = (size: number, weight: 400 | 700 = 400): Font => ({ size, weight });
const lineHeight = (size: number) => Math.round(size * LINE);

/** A horizontal label whose block of lines is vertically centred on `cy`. */
export function hLabel(
  key: string,
  lines: string[],
  x: number,
  cy: number,
  anchor: Label['anchor'],
  size: number,
  weight: 400 | 700 = 400,
): Label {
  const lh = lineHeight(size);
  const w = Math.max(0, ...lines.map((l) => textWidth(l, font(size, weight))));
  const blockH = (lines.length - 1) * lh + (ASCENT + DESCENT) * size;
  const top = cy - blockH / 2;
  const y = top + ASCENT * size;
  const x0 = anchor === 'start' ? x : anchor === 'middle' ? x - w / 2 : x - w;
  return {
    key,
    lines,
    x,
    y,
    anchor,
    vertical: false,
    size,
    weight,
    lineHeight: lh,
    box: { x: x0, y: top, w, h: blockH },
  };
}

/** A label read upwards, starting at `bottom`, centred on `cx`. */
export function vLabel(key: string, text: string, cx: number, bottom: number, size: number): Label {
  const w = textWidth(text, font(size));
  const h = (ASCENT + DESCENT) * size;
  const x = cx + h / 2 - DESCENT * size;
  return {
    key,
    lines: [text],
    x,
    y: bottom,
    anchor: 'start',
    vertical: true,
    size,
    weight: 400,
    lineHeight: lineHeight(size),
    box: { x: cx - h / 2, y: bottom - w, w: h, h: w },
  };
}

/** The smallest width at which `text` wraps into at most `maxLines` lines, and those lines. */
function tightest(text: string, maxLines: number, f: Font): { width: number; lines: string[] } {
  const natural = textWidth(text, f);
  const words = text.split(/ +/).filter(Boolean);
  let best = { width: natural, lines: [text] };
  if (maxLines < 2 || words.length < 2) return best;
  // Try every width that is the width of some prefix: the answer is one of them.
  const candidates = new Set<number>();
  for (let i = 1; i <= words.length; i++)
    candidates.add(Math.ceil(textWidth(words.slice(0, i).join(' '), f)));
  for (const c of [...candidates].sort((a, b) => a - b)) {
    const lines = wrap(text, c, f);
    const w = Math.max(...lines.map((l) => textWidth(l, f)));
    if (lines.length <= maxLines && w <= c + 0.5) {
      if (w < best.width) best = { width: w, lines };
      break;
    }
  }
  return best;
}

export interface LabelColumn {
  width: number;
  lines: string[][];
  maxLines: number;
}

/**
 * A column of labels no wider than `maxWidth`: one line each when they fit, else the narrowest two-line
 * wrap, else wrapped at `maxWidth` (three lines for « Lezoux – Thiers – Ambert » at 300 px).
 */
export function labelColumn(
  labels: readonly string[],
  maxWidth: number,
  size: number,
  weight: 400 | 700 = 700,
): LabelColumn {
  const f = font(size, weight);
  const natural = Math.max(0, ...labels.map((l) => textWidth(l, f)));
  if (natural <= maxWidth) return { width: natural, lines: labels.map((l) => [l]), maxLines: 1 };
  const two = labels.map((l) => tightest(l, 2, f));
  const twoWidth = Math.max(...two.map((x) => x.width));
  if (twoWidth <= maxWidth && two.every((x) => x.lines.length <= 2)) {
    const lines = labels.map((l) => wrap(l, twoWidth, f));
    return { width: twoWidth, lines, maxLines: Math.max(...lines.map((l) => l.length)) };
  }
  const lines = labels.map((l) => wrap(l, maxWidth, f));
  return {
    width: Math.max(...lines.flat().map((l) => textWidth(l, f))),
    lines,
    maxLines: Math.max(...lines.map((l) => l.length)),
  };
}

/** Space for a block of `lines` lines of `size` px text, plus padding. */
export const blockHeight = (lines: number, size: number) =>
  (lines - 1) * lineHeight(size) + (ASCENT + DESCENT) * size;

/** Column headers wrapped into a column `step` wide: null when one needs more than two lines or overflows. */
export function headerFits(
  labels: readonly string[],
  step: number,
  size: number,
): { lines: string[][]; maxLines: number } | null {
  const f = font(size);
  const lines = labels.map((l) => wrap(l, step - 6, f));
  if (lines.some((ls) => ls.length > 2 || ls.some((l) => textWidth(l, f) > step - 6))) return null;
  return { lines, maxLines: Math.max(1, ...lines.map((l) => l.length)) };
}

/** A box as a <rect>'s attributes. */
export const rectOf = (b: Box) => ({ x: b.x, y: b.y, width: b.w, height: b.h });

/** Whether two boxes overlap (touching edges do not count). */
export function overlaps(a: Box, b: Box, margin = 0): boolean {
  return (
    a.x < b.x + b.w + margin &&
    a.x + a.w + margin > b.x &&
    a.y < b.y + b.h + margin &&
    a.y + a.h + margin > b.y
  );
}

/**
 * Spreads label centres so that neighbours are at least `gap` apart, moving each as little as the
 * order allows (for the few labelled rows of a dense chart). Input and output in the same order.
 */
export function dodge(centres: readonly number[], gap: number, min = -Infinity, max = Infinity): number[] {
  const idx = centres.map((c, i) => [c, i] as const).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const ys = idx.map(([c]) => c);
  for (let k = 1; k < ys.length; k++) ys[k] = Math.max(ys[k]!, ys[k - 1]! + gap);
  if (ys.length && ys[ys.length - 1]! > max) {
    ys[ys.length - 1] = max;
    for (let k = ys.length - 2; k >= 0; k--) ys[k] = Math.min(ys[k]!, ys[k + 1]! - gap);
  }
  if (ys.length && ys[0]! < min) {
    ys[0] = min;
    for (let k = 1; k < ys.length; k++) ys[k] = Math.max(ys[k]!, ys[k - 1]! + gap);
  }
  const out = new Array<number>(centres.length);
  idx.forEach(([, i], k) => (out[i] = ys[k]!));
  return out;
}

/** Where a tooltip anchors on a label: its box's centre, clearing the box. */
export function labelAnchor(label: Label): { x: number; y: number; clearance: number } {
  const { box } = label;
  return { x: box.x + box.w / 2, y: box.y + box.h / 2, clearance: box.h / 2 };
}
