/**
 * A marker label's width in pixels: its text measured once in the label's font (bold 14 px Source Sans
 * 3, or the fallback the page shows while it loads), plus its 6 px paddings. Without a canvas (jsdom,
 * a locked-down browser), an estimate from the length, generous enough for Source Sans 3.
 */
const FONT = '700 14px "Source Sans 3", "Segoe UI", system-ui, -apple-system, sans-serif';
const PADDING = 14;

const widths = new Map<string, number>();
let context: CanvasRenderingContext2D | null | undefined;

export const estimateLabelWidth = (s: string): number => 20 + s.length * 7.4;

export function labelWidth(s: string): number {
  let w = widths.get(s);
  if (w !== undefined) return w;
  if (context === undefined) {
    try {
      context = typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
    } catch {
      context = null;
    }
  }
  if (context) {
    context.font = FONT;
    w = Math.ceil(context.measureText(s).width) + PADDING;
  } else w = estimateLabelWidth(s);
  widths.set(s, w);
  return w;
}
