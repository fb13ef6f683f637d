/** The similarity chart's layout: a lower triangle of cells, its row and column labels, and its legend. */
import { textWidth } from '../../theme/text';
import { blockHeight, font, hLabel, headerFits, labelColumn, sizesFor, vLabel, type Label } from './labels';

export interface TriangleInput {
  width: number;
  /** Territory labels, display order. */
  labels: readonly string[];
  dense: boolean;
  /** Legend title, and the label of each colour class (« 0 », « 0–0,2 »…). */
  legendTitle: string;
  legendClasses: readonly string[];
}

export interface TriangleLayout {
  width: number;
  height: number;
  dense: boolean;
  /** Cell width; rows are `rowH` tall (taller than wide only when a row label wraps). */
  cell: number;
  rowH: number;
  /** Top-left of the cell at display row i (1…n−1), display column j (0…i−1). */
  x0: number;
  y0: number;
  showValues: boolean;
  rowLabels: Label[];
  colLabels: Label[];
  labelRight: number;
  /** One swatch per class, its label centred under it. */
  legend: { x: number; y: number; swatchW: number; h: number; title: Label; labels: Label[] };
}

export function triangleLayout(input: TriangleInput): TriangleLayout {
  const { width, labels, dense } = input;
  const S = sizesFor(width);
  const n = labels.length;
  const gap = 8;
  const col = labelColumn(labels.slice(1), Math.min(240, Math.max(96, width * 0.34)), S.label);
  const left = col.width + gap;
  const cell = Math.max(1, Math.min(60, (width - left - 4) / Math.max(1, n - 1)));
  const colLabelsText = labels.slice(0, -1);
  const horizontal = dense ? null : headerFits(colLabelsText, cell, S.header);
  const headerH = dense
    ? 24
    : horizontal
      ? blockHeight(horizontal.maxLines, S.header) + 10
      : Math.max(...colLabelsText.map((l) => textWidth(l, font(S.header)))) + 10;
  // Rows must hold their labels: the cell grows taller than wide only when a label wraps.
  const rowH = dense ? cell : Math.max(cell, blockHeight(col.maxLines, S.label) + 8);
  const cellSize = cell;
  const top = headerH;
  const rowLabels = dense
    ? []
    : labels
        .slice(1)
        .map((_, k) =>
          hLabel(`r${k + 1}`, col.lines[k]!, left - gap, top + rowH * (k + 0.5), 'end', S.label, 700),
        );
  const colLabels = dense
    ? []
    : colLabelsText.map((l, j) => {
        const cx = left + cellSize * (j + 0.5);
        return horizontal
          ? hLabel(
              `c${j}`,
              horizontal.lines[j]!,
              cx,
              top - 6 - blockHeight(horizontal.lines[j]!.length, S.header) / 2,
              'middle',
              S.header,
            )
          : vLabel(`c${j}`, l, cx, top - 6, S.header);
      });
  const gridBottom = top + rowH * (n - 1);
  const noteF = font(S.note);
  const classes = input.legendClasses;
  const swatchW = Math.min(
    (width - 4) / Math.max(1, classes.length),
    Math.max(44, ...classes.map((c) => textWidth(c, noteF) + 10)),
  );
  const legendY = gridBottom + 22;
  const title = hLabel('legendTitle', [input.legendTitle], 0, legendY + S.note * 0.6, 'start', S.note);
  const barY = legendY + S.note * 1.4 + 4;
  const classLabels = classes.map((c, k) =>
    hLabel(`class${k}`, [c], swatchW * (k + 0.5), barY + 12 + 4 + S.note * 0.6, 'middle', S.note),
  );
  return {
    width,
    height: barY + 12 + 4 + S.note * 1.4 + 4,
    dense,
    cell: cellSize,
    rowH,
    x0: left,
    y0: top,
    showValues: !dense && cellSize >= 30 && rowH >= 20,
    rowLabels,
    colLabels,
    labelRight: left - gap,
    legend: { x: 0, y: barY, swatchW, h: 12, title, labels: classLabels },
  };
}
