/**
 * A marker label's width in pixels: its text in the label's font (bold 14 px Source Sans 3), measured with
 * the font's own advance widths (theme/text.ts), plus its paddings. No canvas: the same width in Node, the
 * browser and the exports, whether or not the font has loaded yet.
 */
import { textWidth } from '../theme/text';

const FONT = { size: 14, weight: 700 } as const;
const PADDING = 14;

export const labelWidth = (s: string): number => Math.ceil(textWidth(s, FONT)) + PADDING;
