/**
 * Label measurement and wrapping for chart and map layout, from the font's own advance widths (metrics.ts,
 * read from the woff2 files at build time), so that layouts are computed the same way everywhere (Node,
 * the browser, the exports), without a canvas and without waiting for the font. Kerning and ligatures are
 * left out: on the atlas's labels they narrow a line by well under 1 % (0.4 % on « Lezoux – Thiers –
 * Ambert » in bold), and their pairs would weigh about 5 KB gzipped on the first screen.
 */
import { BOLD, CODES, REGULAR } from './metrics';

const regular = new Map<number, number>();
const bold = new Map<number, number>();
CODES.forEach((c, i) => {
  regular.set(c, REGULAR[i]!);
  bold.set(c, BOLD[i]!);
});
/**
 * Widths of characters the font does not map (the browser draws them in a fallback font): a wide letter's,
 * so an unknown glyph is never under-estimated.
 */
const FALLBACK = { regular: 600, bold: 640 };

export interface Font {
  size: number;
  weight?: 400 | 700;
}

/** Width in CSS pixels of `text` set in Source Sans 3 at `font`. */
export function textWidth(text: string, font: Font): number {
  const table = font.weight === 700 ? bold : regular;
  const fallback = font.weight === 700 ? FALLBACK.bold : FALLBACK.regular;
  let units = 0;
  for (const ch of text) units += table.get(ch.codePointAt(0)!) ?? fallback;
  return (units / 1000) * font.size;
}

/**
 * Breaks `text` into lines no wider than `maxWidth`, at spaces, never inside a word. A word wider than `maxWidth` gets a line of its own; callers that cannot afford that
 * check `fits()` and fall back to a short label.
 */
export function wrap(text: string, maxWidth: number, font: Font): string[] {
  // A dash never starts a line (« Lezoux – Thiers – Ambert » breaks after a dash): glue it to the word before.
  const words: string[] = [];
  for (const w of text.split(/ +/).filter(Boolean)) {
    if (/^[–—]$/.test(w) && words.length) words[words.length - 1] += ` ${w}`;
    else words.push(w);
  }
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (!line || textWidth(candidate, font) <= maxWidth) line = candidate;
    else {
      lines.push(line);
      line = word;
    }
  }
  if (line) lines.push(line);
  return lines;
}

/** Whether `text` wraps into at most `maxLines` lines, none wider than `maxWidth`. */
export function fits(text: string, maxWidth: number, maxLines: number, font: Font): boolean {
  const lines = wrap(text, maxWidth, font);
  return lines.length <= maxLines && lines.every((l) => textWidth(l, font) <= maxWidth);
}

/** The widest line of a wrapped label. */
export function linesWidth(lines: readonly string[], font: Font): number {
  return Math.max(0, ...lines.map((l) => textWidth(l, font)));
}
