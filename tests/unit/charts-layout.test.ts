/**
 * Labels never overlap, on the real data, at every width from 300 px to 1920 px, in French and in
 * English, in every order (issue: « Charts work from 300 px to 1920 px wide without overlapping labels »).
 * The layouts measure text with the font's own metrics, so what passes here is what the screen shows;
 * tests/e2e/charts.test.ts checks the same in Chromium.
 */
import { describe, expect, it } from 'vitest';

import { translate } from '../../src/lib/i18n/messages';
import { leverFrequency } from '../../src/lib/analysis/frequency';
import {
  audienceLabels,
  axesInput,
  frequencyInput,
  gridInput,
  matrixLabels,
  similarityInput,
} from '../../src/lib/charts/inputs';
import { barsLayout } from '../../src/lib/charts/layout/axes';
import { frequencyLayout } from '../../src/lib/charts/layout/frequency';
import { gridLayout } from '../../src/lib/charts/layout/grid';
import { dodge, overlaps, type Box, type Label } from '../../src/lib/charts/layout/labels';
import { triangleLayout } from '../../src/lib/charts/layout/similarity';
import { audienceGrid, axisSplit, leverMatrix } from '../../src/lib/analysis/matrix';
import { fromDataset, retained } from '../../src/lib/analysis/model';
import { ORDERS, colOrder, rowOrder } from '../../src/lib/analysis/order';
import { textWidth, wrap } from '../../src/lib/theme/text';
import { dataset } from '../../src/lib/data';

const WIDTHS = [
  260, 268, 280, 300, 320, 360, 390, 430, 480, 560, 640, 768, 900, 1024, 1150, 1280, 1600, 1920,
];
const LANGS = ['fr', 'en'] as const;

function noOverlap(labels: readonly Label[], where: string) {
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      expect(overlaps(a.box, b.box), `${where}: « ${a.lines.join(' ')} » × « ${b.lines.join(' ')} »`).toBe(
        false,
      );
    }
}

function inside(labels: readonly Label[], width: number, where: string) {
  for (const l of labels) {
    expect(l.box.x, `${where}: « ${l.lines.join(' ')} » starts left of 0`).toBeGreaterThanOrEqual(-0.5);
    expect(l.box.x + l.box.w, `${where}: « ${l.lines.join(' ')} » ends past ${width}`).toBeLessThanOrEqual(
      width + 0.5,
    );
    expect(l.box.y, `${where}: « ${l.lines.join(' ')} » above the top`).toBeGreaterThanOrEqual(-0.5);
  }
}

function clear(labels: readonly Label[], box: Box, where: string) {
  for (const l of labels)
    expect(overlaps(l.box, box), `${where}: « ${l.lines.join(' ')} » runs into the marks`).toBe(false);
}

describe.each(LANGS)('layouts in %s', (lang) => {
  const data = fromDataset(dataset, lang);
  const locale = lang === 'fr' ? 'fr-FR' : 'en-GB';
  const t = (k: Parameters<typeof translate>[1], v?: Parameters<typeof translate>[2]) =>
    translate(lang, k, v);
  const actions = retained(data, null);
  const matrix = leverMatrix(data, actions);

  it.each(WIDTHS)('lever matrix at %i px', (width) => {
    for (const order of ORDERS) {
      const rows = rowOrder(
        order,
        matrix,
        data.territories.map((x) => x.short),
        locale,
      );
      const cols = colOrder(
        order,
        matrix,
        data.levers.map((l) => l.short),
        locale,
      );
      const L = gridLayout(
        gridInput(matrixLabels(data, matrix, t, locale), rows, cols, width, matrix.max, false),
      );
      const all = [...L.tLabels, ...L.cLabels, ...L.tTotals, ...L.cTotals, ...L.headers];
      const where = `matrix ${width} ${order}${L.transposed ? ' (transposed)' : ''}`;
      expect(L.width).toBeLessThanOrEqual(width + 0.5);
      noOverlap(all, where);
      inside(all, width, where);
      clear(all, L.body, where);
      // Cells are at least 17 px (a 12 px vertical label is 17.1 px tall): marks stay tappable.
      expect(Math.min(L.tStep, L.cStep), where).toBeGreaterThanOrEqual(17);
    }
  });

  it.each(WIDTHS)('audiences at %i px', (width) => {
    const grid = audienceGrid(data, actions);
    const rows = rowOrder('canonique', matrix, [], locale);
    const cols = grid.cols.map((_, c) => c);
    const L = gridLayout(
      gridInput(audienceLabels(data, grid, t, locale), rows, cols, width, grid.max, false),
    );
    const all = [...L.tLabels, ...L.cLabels, ...L.tTotals, ...L.cTotals, ...L.headers];
    const where = `audiences ${width}`;
    expect(L.width).toBeLessThanOrEqual(width + 0.5);
    noOverlap(all, where);
    inside(all, width, where);
    clear(all, L.body, where);
  });

  it.each(WIDTHS)('axes profile at %i px', (width) => {
    const grid = axisSplit(data, actions);
    const rows = rowOrder('total', matrix, [], locale);
    const L = barsLayout(axesInput(data, grid, rows, width, t, locale, false, 5));
    const all = [
      ...L.panels.flatMap((p) => [p.title, ...(p.subtitle ? [p.subtitle] : []), ...p.rowLabels, ...p.values]),
      ...L.totals,
      ...(L.totalsHeader ? [L.totalsHeader] : []),
    ];
    const where = `axes ${width}${L.stacked ? ' (stacked)' : ''}`;
    noOverlap(all, where);
    inside(all, width, where);
    // Bars stay inside their panel, value label included.
    for (const p of L.panels)
      for (const v of p.values) expect(v.box.x + v.box.w, where).toBeLessThanOrEqual(p.x + p.width + 0.5);
  });

  it.each(WIDTHS)('similarity at %i px', (width) => {
    for (const order of ORDERS) {
      const rows = rowOrder(
        order,
        matrix,
        data.territories.map((x) => x.short),
        locale,
      );
      const L = triangleLayout(
        similarityInput(
          rows.map((r) => data.territories[r]!.short),
          width,
          t,
          locale,
          false,
        ),
      );
      const all = [...L.rowLabels, ...L.colLabels, L.legend.title, ...L.legend.labels];
      const where = `similarity ${width} ${order}`;
      noOverlap(all, where);
      inside(all, width, where);
      clear([...L.rowLabels, ...L.colLabels], { x: L.x0, y: L.y0, w: L.cell * 7, h: L.rowH * 7 }, where);
      expect(L.x0 + L.cell * 7, where).toBeLessThanOrEqual(width + 0.5);
      expect(L.cell, where).toBeGreaterThanOrEqual(18);
    }
  });

  it.each(WIDTHS)('lever frequency at %i px', (width) => {
    const L = frequencyLayout(frequencyInput(data, leverFrequency(matrix), width, t, locale));
    const all = [...L.labels, ...L.territoryValues, ...L.actionValues, ...L.headers];
    const where = `frequency ${width}`;
    noOverlap(all, where);
    inside(all, width, where);
    clear(L.labels, { x: L.barX, y: 0, w: L.barW, h: L.height }, where);
  });
});

describe('text', () => {
  it('measures with the font’s metrics', () => {
    // Measured in Chromium with the bundled Source Sans 3 at 1000 px: 10 367 px.
    expect(textWidth('Lezoux – Thiers – Ambert', { size: 1000 })).toBeCloseTo(10_367, -2);
    expect(textWidth('Lezoux – Thiers – Ambert', { size: 14, weight: 700 })).toBeGreaterThan(
      textWidth('Lezoux – Thiers – Ambert', { size: 14 }),
    );
  });

  it('wraps at spaces, never before a dash', () => {
    expect(wrap('Lezoux – Thiers – Ambert', 110, { size: 14 })).toEqual(['Lezoux – Thiers –', 'Ambert']);
    expect(wrap('Découverte des métiers et des entreprises', 150, { size: 14 })).toEqual([
      'Découverte des métiers',
      'et des entreprises',
    ]);
    expect(wrap('Mot', 1, { size: 14 })).toEqual(['Mot']);
  });

  it('spreads labels apart, keeping their order and bounds', () => {
    expect(dodge([10, 12, 50], 16)).toEqual([10, 26, 50]);
    expect(dodge([100, 95], 16, 0, 100)).toEqual([100, 84]);
  });
});
