/**
 * Chart layouts as pure functions of the width and the labels: where every label, band and mark goes.
 * Components only draw what these return, so the unit tests can check, at every width from 300 px to
 * 1920 px and in both languages, that no two labels overlap on the real data.
 *
 * Labels are measured with the font's own metrics (text.ts). Long French labels wrap (two lines, three
 * at most for row labels); column headers that cannot sit horizontally turn vertical; a lever matrix
 * too narrow for twelve columns turns on its side (levers as rows, territories as columns).
 */
import { textWidth, wrap, type Font } from '../theme/text';

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
const ASCENT = 1.024;
const DESCENT = 0.4;

const font = (size: number, weight: 400 | 700 = 400): Font => ({ size, weight });
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
const blockHeight = (lines: number, size: number) =>
  (lines - 1) * lineHeight(size) + (ASCENT + DESCENT) * size;

// ————————————————————————————————————————————— dot grid (matrix, audiences)

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

function headerFits(
  labels: readonly string[],
  step: number,
  size: number,
): { lines: string[][]; maxLines: number } | null {
  const f = font(size);
  const lines = labels.map((l) => wrap(l, step - 6, f));
  if (lines.some((ls) => ls.length > 2 || ls.some((l) => textWidth(l, f) > step - 6))) return null;
  return { lines, maxLines: Math.max(1, ...lines.map((l) => l.length)) };
}

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

  const maxLabel = Math.min(240, Math.max(96, width * 0.34));
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

// ————————————————————————————————————————————— axes profile (small multiples)

export interface BarsInput {
  width: number;
  /** Territory labels, display order. */
  labels: readonly string[];
  /** Panel titles (the axes' short labels) and subtitles (their full labels, shown when panels stack). */
  panels: readonly { title: string; subtitle: string }[];
  /** values[row][panel]. */
  values: readonly (readonly number[])[];
  /** Per row, the total written after the panels (side by side only). */
  totals: readonly string[];
  totalsHeader: string;
  dense: boolean;
  /** The scale's top (by default the largest value): the unfiltered maximum, so ghosts fit. */
  max?: number;
}

export interface BarsPanel {
  x: number;
  y: number;
  /** Bar length for a value. */
  scale: number;
  width: number;
  title: Label;
  subtitle: Label | null;
  /** Centre of each row, display order. */
  rowCentre: number[];
  rowLabels: Label[];
  values: Label[];
}

export interface BarsLayout {
  width: number;
  height: number;
  stacked: boolean;
  dense: boolean;
  rowH: number;
  barH: number;
  labelRight: number;
  panels: BarsPanel[];
  totals: Label[];
  totalsHeader: Label | null;
}

export function barsLayout(input: BarsInput): BarsLayout {
  const { width, labels, panels, values, dense } = input;
  const S = sizesFor(width);
  const n = labels.length;
  const gap = 10;
  const panelGap = 18;
  const max = Math.max(1, input.max ?? 0, ...values.flat());
  const valueW = textWidth(String(max), font(S.total)) + 6;
  const rowHeight = (c: LabelColumn, min: number) =>
    dense
      ? Math.max(2, Math.min(8, Math.floor(900 / Math.max(1, n))))
      : Math.max(min, blockHeight(c.maxLines, S.label) + 10);
  const titleF = font(S.header, 700);

  const col = labelColumn(labels, Math.min(240, Math.max(96, width * 0.34)), S.label);
  const left = col.width + gap;
  const totalsW = Math.max(
    textWidth(input.totalsHeader, font(S.header)),
    ...input.totals.map((s) => textWidth(s, font(S.total))),
  );
  const rightSide = dense ? 0 : totalsW + gap;
  const pw = (width - left - rightSide - panelGap * (panels.length - 1)) / panels.length;
  const sideTitles = panels.map((p) => wrap(p.title, pw - 4, titleF));
  const sideBySide =
    pw >= 64 && sideTitles.every((ls) => ls.length <= 2 && ls.every((l) => textWidth(l, titleF) <= pw - 4));

  if (sideBySide) {
    const rowH = rowHeight(col, 28);
    const barH = dense ? Math.max(1, rowH - 1) : Math.min(18, rowH - 10);
    const titleLines = Math.max(...sideTitles.map((l) => l.length));
    const top = blockHeight(titleLines, S.header) + 12;
    const rowCentre = Array.from({ length: n }, (_, i) => top + rowH * (i + 0.5));
    const scale = Math.max(1, pw - valueW - 4) / max;
    const out: BarsPanel[] = panels.map((p, k) => {
      const x = left + k * (pw + panelGap);
      return {
        x,
        y: top,
        scale,
        width: pw,
        title: hLabel(`title${k}`, sideTitles[k]!, x, (top - 8) / 2, 'start', S.header, 700),
        subtitle: null,
        rowCentre,
        rowLabels: [],
        values: dense
          ? []
          : values.map((v, i) =>
              hLabel(`v${k}-${i}`, [String(v[k])], x + v[k]! * scale + 4, rowCentre[i]!, 'start', S.total),
            ),
      };
    });
    // One column of row labels, on the first panel's left.
    out[0]!.rowLabels = dense
      ? []
      : labels.map((_, i) => hLabel(`r${i}`, col.lines[i]!, left - gap, rowCentre[i]!, 'end', S.label, 700));
    const totalsX = left + panels.length * pw + (panels.length - 1) * panelGap + gap;
    return {
      width,
      height: top + rowH * n + 6,
      stacked: false,
      dense,
      rowH,
      barH,
      labelRight: left - gap,
      panels: out,
      totals: dense
        ? []
        : input.totals.map((s, i) => hLabel(`t${i}`, [s], totalsX + totalsW, rowCentre[i]!, 'end', S.total)),
      totalsHeader: dense
        ? null
        : hLabel('totalsHeader', [input.totalsHeader], totalsX + totalsW, (top - 8) / 2, 'end', S.header),
    };
  }

  // Stacked: one panel after another, each the full width, its full title as a subtitle. The bars have
  // the whole width, so the labels may take more of it and wrap less.
  const sCol = labelColumn(labels, Math.min(240, Math.max(96, width * 0.45)), S.label);
  const rowH = rowHeight(sCol, 24);
  const barH = dense ? Math.max(1, rowH - 1) : Math.min(16, rowH - 8);
  const sLeft = sCol.width + gap;
  const pwS = width - sLeft;
  const scale = Math.max(1, pwS - valueW - 4) / max;
  let y = 0;
  const out: BarsPanel[] = panels.map((p, k) => {
    const title = wrap(p.title, width, titleF);
    const sub = wrap(p.subtitle, width, font(S.note));
    const titleLabel = hLabel(
      `title${k}`,
      title,
      0,
      y + blockHeight(title.length, S.header) / 2,
      'start',
      S.header,
      700,
    );
    y += blockHeight(title.length, S.header) + 4;
    const subLabel = hLabel(`sub${k}`, sub, 0, y + blockHeight(sub.length, S.note) / 2, 'start', S.note);
    y += blockHeight(sub.length, S.note) + 8;
    const rowCentre = Array.from({ length: n }, (_, i) => y + rowH * (i + 0.5));
    const panel: BarsPanel = {
      x: sLeft,
      y,
      scale,
      width: pwS,
      title: titleLabel,
      subtitle: subLabel,
      rowCentre,
      rowLabels: dense
        ? []
        : labels.map((_, i) =>
            hLabel(`r${k}-${i}`, sCol.lines[i]!, sLeft - gap, rowCentre[i]!, 'end', S.label, 700),
          ),
      values: dense
        ? []
        : values.map((v, i) =>
            hLabel(`v${k}-${i}`, [String(v[k])], sLeft + v[k]! * scale + 4, rowCentre[i]!, 'start', S.total),
          ),
    };
    y += rowH * n + 22;
    return panel;
  });
  return {
    width,
    height: y - 16,
    stacked: true,
    dense,
    rowH,
    barH,
    labelRight: sLeft - gap,
    panels: out,
    totals: [],
    totalsHeader: null,
  };
}

// ————————————————————————————————————————————— similarity (lower triangle)

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

// ————————————————————————————————————————————— frequency (bars)

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

// ————————————————————————————————————————————— helpers

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
