/**
 * The dot grid's layout (the lever matrix, the audiences): long labels wrap, column headers that cannot
 * sit horizontally turn vertical, and a grid too narrow for its columns turns on its side (tags as rows,
 * territories as columns).
 */
import { textWidth, wrap } from '../../theme/text';
import {
  ASCENT,
  DESCENT,
  blockHeight,
  font,
  hLabel,
  headerFits,
  labelColumn,
  sizesFor,
  vLabel,
  type Box,
  type Label,
  type LabelColumn,
} from './labels';

export interface GridAxisInput {
  /** Labels in display order. */
  labels: readonly string[];
  /** Total per item, in display order, e.g. « 3 (4) »; null for no totals. */
  totals: readonly string[] | null;
  /** What the totals count, e.g. « Leviers (actions) ». */
  totalsHeader: string | null;
}

export interface GridInput {
  width: number;
  /** The territories. */
  territories: GridAxisInput;
  /** The tags (levers or audiences). */
  tags: GridAxisInput;
  /** The largest count, for the circles' radius. */
  max: number;
  /** May the grid turn on its side (tags as rows) when the columns would be too narrow? */
  allowTranspose: boolean;
  /** Many territories: rows a few pixels high, drawn on canvas, labelled only when highlighted. */
  dense: boolean;
}

export interface GridLayout {
  width: number;
  height: number;
  transposed: boolean;
  dense: boolean;
  /** Centre of each territory's row (or column when transposed), display order. */
  tCentre: number[];
  /** Centre of each tag's column (or row when transposed), display order. */
  cCentre: number[];
  /** Step between territories and between tags. */
  tStep: number;
  cStep: number;
  /** The grid's body: cells only. */
  body: Box;
  /** Largest circle radius. */
  rMax: number;
  /** Whether counts are written inside the circles. */
  showCounts: boolean;
  /** Territory labels (empty in dense mode: the component labels highlighted rows itself). */
  tLabels: Label[];
  tLabelColumn: LabelColumn;
  cLabels: Label[];
  tTotals: Label[];
  cTotals: Label[];
  /** Headers of the totals: beside the territory totals and beside the tag totals. */
  headers: Label[];
  /** Where a highlighted territory's label goes in dense mode: right-aligned at this x. */
  labelRight: number;
}

const MAX_STEP = 64;
const MIN_VERTICAL_STEP = 19;

export function gridLayout(input: GridInput): GridLayout {
  const straight = gridOriented(input, false);
  if (input.dense || !input.allowTranspose || straight.cStep >= MIN_VERTICAL_STEP + 3) return straight;
  const turned = gridOriented(input, true);
  return turned.tStep >= straight.cStep ? turned : straight;
}

function gridOriented(input: GridInput, transposed: boolean): GridLayout {
  const { width, dense } = input;
  const S = sizesFor(width);
  // Rows and columns, whatever they hold.
  const rows = transposed ? input.tags : input.territories;
  const cols = transposed ? input.territories : input.tags;
  const nr = rows.labels.length;
  const nc = cols.labels.length;
  // Tighter gaps below 360 px, where every pixel goes to the columns.
  const gap = width < 360 ? 6 : 10;
  const pad = width < 360 ? 0 : 4;

  const maxLabel = Math.min(240, Math.max(84, width * 0.34));
  const rowCol = labelColumn(rows.labels, maxLabel, S.label);
  const totalF = font(S.total);
  const headF = font(S.header);
  const left = rowCol.width + gap;
  const withTotals = !!rows.totals && !dense;
  // At least a line's height: a vertical header stands over the totals.
  const valuesW = withTotals
    ? Math.max((ASCENT + DESCENT) * S.header + 2, ...rows.totals!.map((s) => textWidth(s, totalF)))
    : 0;
  const stepFor = (right: number) =>
    Math.max(4, Math.min(MAX_STEP, (width - left - right) / Math.max(1, nc)));

  // The totals' header reads upwards, like the column headers, unless those sit horizontally and the
  // header's words fit beside them: a horizontal « Territoires (actions) » would cost a narrow grid a
  // column's width.
  let right = withTotals ? valuesW + gap + pad : 0;
  let step = stepFor(right);
  let horizontal = headerFits(cols.labels, step, S.header);
  let totalsHeaderLines: string[] = [];
  if (horizontal && withTotals && rows.totalsHeader) {
    const lines = wrap(rows.totalsHeader, Math.max(valuesW, 60), headF);
    const right1 = Math.max(valuesW, ...lines.map((l) => textWidth(l, headF))) + gap + pad;
    const h1 = headerFits(cols.labels, stepFor(right1), S.header);
    if (h1) {
      right = right1;
      step = stepFor(right1);
      horizontal = h1;
      totalsHeaderLines = lines;
    } else horizontal = null;
  }
  const totalsHeaderVertical = withTotals && !!rows.totalsHeader && !totalsHeaderLines.length;
  const gridW = step * nc;

  const headerH = horizontal
    ? blockHeight(horizontal.maxLines, S.header) + 10
    : Math.max(...cols.labels.map((l) => textWidth(l, headF))) + 10;
  const top = Math.max(
    headerH,
    totalsHeaderLines.length ? blockHeight(totalsHeaderLines.length, S.header) + 10 : 0,
    totalsHeaderVertical ? textWidth(rows.totalsHeader!, headF) + 10 : 0,
  );

  const rowH = dense
    ? Math.max(2, Math.min(8, Math.floor(900 / Math.max(1, nr))))
    : Math.max(Math.min(step, 44), blockHeight(rowCol.maxLines, S.label) + 10, 26);
  const bodyH = rowH * nr;

  // Column totals below the grid: one line when « 4 (6) » fits the column, else the bracket below.
  const colTotalLines = cols.totals
    ? cols.totals.map((s) => {
        if (textWidth(s, totalF) <= step - 4) return [s];
        const m = /^(\S+) (\(.*\))$/.exec(s);
        return m ? [m[1]!, m[2]!] : [s];
      })
    : [];
  const colTotalsMaxLines = Math.max(1, ...colTotalLines.map((l) => l.length));
  const colTotalsHeader =
    cols.totals && cols.totalsHeader ? labelColumn([cols.totalsHeader], rowCol.width, S.header) : null;
  const footH = cols.totals
    ? Math.max(
        blockHeight(colTotalsMaxLines, S.total),
        colTotalsHeader ? blockHeight(colTotalsHeader.maxLines, S.header) : 0,
      ) + 14
    : 0;

  const body: Box = { x: left, y: top, w: gridW, h: bodyH };
  const rCentre = Array.from({ length: nr }, (_, i) => top + rowH * (i + 0.5));
  const cCentreX = Array.from({ length: nc }, (_, j) => left + step * (j + 0.5));

  const rowLabels = dense
    ? []
    : rows.labels.map((_, i) =>
        hLabel(`r${i}`, rowCol.lines[i]!, left - gap, rCentre[i]!, 'end', S.label, 700),
      );
  const colLabels = cols.labels.map((l, j) =>
    horizontal
      ? hLabel(
          `c${j}`,
          horizontal.lines[j]!,
          cCentreX[j]!,
          top - 8 - blockHeight(horizontal.lines[j]!.length, S.header) / 2,
          'middle',
          S.header,
        )
      : vLabel(`c${j}`, l, cCentreX[j]!, top - 8, S.header),
  );
  const totalsX = left + gridW + gap + pad;
  const rowTotals =
    rows.totals && !dense
      ? rows.totals.map((s, i) => hLabel(`rt${i}`, [s], totalsX, rCentre[i]!, 'start', S.total))
      : [];
  const footCy = top + bodyH + footH / 2 + 2;
  const colTotals = cols.totals
    ? colTotalLines.map((lines, j) => hLabel(`ct${j}`, lines, cCentreX[j]!, footCy, 'middle', S.total))
    : [];
  const headers: Label[] = [];
  if (totalsHeaderLines.length)
    headers.push(
      hLabel(
        'rowTotalsHeader',
        totalsHeaderLines,
        totalsX,
        top - 8 - blockHeight(totalsHeaderLines.length, S.header) / 2,
        'start',
        S.header,
      ),
    );
  else if (totalsHeaderVertical)
    headers.push(vLabel('rowTotalsHeader', rows.totalsHeader!, totalsX + valuesW / 2, top - 8, S.header));
  if (colTotalsHeader)
    headers.push(hLabel('colTotalsHeader', colTotalsHeader.lines[0]!, left - gap, footCy, 'end', S.header));

  const rMax = Math.max(1, Math.min(step, rowH) / 2 - 2);
  // The smallest circle (one action) must hold a digit: 12 px text wants a circle of at least 15 px.
  const rOne = input.max > 0 ? rMax * Math.sqrt(1 / input.max) : rMax;
  const width_ = left + gridW + right;
  return {
    width: Math.max(width_, 1),
    height: top + bodyH + footH,
    transposed,
    dense,
    tCentre: transposed ? cCentreX : rCentre,
    cCentre: transposed ? rCentre : cCentreX,
    tStep: transposed ? step : rowH,
    cStep: transposed ? rowH : step,
    body,
    rMax,
    showCounts: !dense && rOne >= 7.5,
    tLabels: transposed ? colLabels : rowLabels,
    tLabelColumn: rowCol,
    cLabels: transposed ? rowLabels : colLabels,
    tTotals: transposed ? colTotals : rowTotals,
    cTotals: transposed ? rowTotals : colTotals,
    headers,
    labelRight: left - gap,
  };
}
