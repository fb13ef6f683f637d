/** The lever frequency's layout: one bar per lever, its label on the left, its two numbers on the right. */
import { textWidth } from '../../theme/text';
import { blockHeight, font, hLabel, labelColumn, sizesFor, type Label } from './labels';

export interface FrequencyInput {
  width: number;
  /** Per lever, display order: full and short labels. */
  levers: readonly { label: string; short: string }[];
  territories: readonly number[];
  actions: readonly number[];
  /** How many territories in all (the track's length). */
  of: number;
  headers: { territories: string; actions: string };
  locale: string;
}

export interface FrequencyLayout {
  width: number;
  height: number;
  rowH: number;
  barH: number;
  barX: number;
  barW: number;
  /** Pixels per territory. */
  scale: number;
  rowCentre: number[];
  labels: Label[];
  territoryValues: Label[];
  actionValues: Label[];
  headers: Label[];
  fullLabels: boolean;
}

export function frequencyLayout(input: FrequencyInput): FrequencyLayout {
  const { width, levers } = input;
  const S = sizesFor(width);
  const gap = width < 360 ? 8 : 12;
  const n = levers.length;
  const fmt = new Intl.NumberFormat(input.locale);
  const numF = font(S.total);
  const headF = font(S.header);
  const tW = Math.max(
    textWidth(input.headers.territories, headF),
    ...input.territories.map((v) => textWidth(fmt.format(v), numF)),
  );
  const aW = Math.max(
    textWidth(input.headers.actions, headF),
    ...input.actions.map((v) => textWidth(fmt.format(v), numF)),
  );
  const maxLabel = Math.min(300, Math.max(96, width * 0.38));
  const full = labelColumn(
    levers.map((l) => l.label),
    maxLabel,
    S.label,
  );
  const useFull = full.maxLines <= 2 && full.width <= maxLabel;
  const col = useFull
    ? full
    : labelColumn(
        levers.map((l) => l.short),
        maxLabel,
        S.label,
      );
  const left = col.width + gap;
  const right = tW + aW + 2 * gap + 4;
  // A territory's block is at most 48 px wide: beyond that the numbers drift away from their bars.
  const barW = Math.max(24, Math.min(width - left - right, 48 * Math.max(1, input.of)));
  const top = blockHeight(1, S.header) + 12;
  const rowH = Math.max(28, blockHeight(col.maxLines, S.label) + 10);
  const rowCentre = Array.from({ length: n }, (_, i) => top + rowH * (i + 0.5));
  const tX = left + barW + gap + tW;
  const aX = tX + gap + aW + 4;
  return {
    width,
    height: top + rowH * n + 4,
    rowH,
    barH: Math.min(16, rowH - 12),
    barX: left,
    barW,
    scale: barW / Math.max(1, input.of),
    rowCentre,
    labels: levers.map((_, i) =>
      hLabel(`l${i}`, col.lines[i]!, left - gap, rowCentre[i]!, 'end', S.label, 700),
    ),
    territoryValues: input.territories.map((v, i) =>
      hLabel(`t${i}`, [fmt.format(v)], tX, rowCentre[i]!, 'end', S.total, 700),
    ),
    actionValues: input.actions.map((v, i) =>
      hLabel(`a${i}`, [fmt.format(v)], aX, rowCentre[i]!, 'end', S.total),
    ),
    headers: [
      hLabel('hT', [input.headers.territories], tX, (top - 6) / 2, 'end', S.header),
      hLabel('hA', [input.headers.actions], aX, (top - 6) / 2, 'end', S.header),
    ],
    fullLabels: useFull,
  };
}
