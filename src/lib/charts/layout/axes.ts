/** The axes profile's layout: small multiples side by side, or stacked when the panels' titles do not fit. */
import { textWidth, wrap } from '../../theme/text';
import { blockHeight, font, hLabel, labelColumn, sizesFor, type Label, type LabelColumn } from './labels';

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
