/**
 * The CSV exports (PRODUCT.md « Exports »): UTF-8 BOM, `;`, headers in the active language, the
 * numbers of the chart in its order, the source line; against the numbers worked out by hand in
 * tests/unit/charts-matrix.test.ts.
 */
import { describe, expect, it } from 'vitest';

import { BOM, field, toCsv } from '../../src/lib/files/csv';
import { leverFrequency } from '../../src/lib/analysis/frequency';
import { jaccardMatrix } from '../../src/lib/analysis/jaccard';
import { audienceGrid, axisSplit, leverMatrix, rowSets } from '../../src/lib/analysis/matrix';
import { fromDataset, retained } from '../../src/lib/analysis/model';
import { canonical, colOrder, rowOrder } from '../../src/lib/analysis/order';
import {
  audiencesTable,
  axesTable,
  frequencyTable,
  matrixTable,
  similarityTable,
} from '../../src/lib/charts/tables';
import { translate } from '../../src/lib/i18n/messages';
import { dataset } from '../../src/lib/data';

const setup = (lang: 'fr' | 'en') => {
  const data = fromDataset(dataset, lang);
  const t = (k: Parameters<typeof translate>[1], v?: Parameters<typeof translate>[2]) =>
    translate(lang, k, v);
  return { data, t, locale: lang === 'fr' ? 'fr-FR' : 'en-GB', m: leverMatrix(data, retained(data, null)) };
};
const lines = (csv: string) => csv.slice(1).split('\r\n');

describe('CSV', () => {
  it('starts with a BOM, separates with ;, ends lines with CRLF and closes with the source line', () => {
    const { data, t, locale, m } = setup('fr');
    const csv = toCsv(matrixTable(data, m, canonical(8), canonical(12), t), t('footer.source'), locale);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const ls = lines(csv);
    expect(ls[0]!.split(';')).toHaveLength(1 + 12 + 2);
    expect(ls.at(-1)).toBe('');
    expect(ls.at(-3)).toBe('');
    expect(ls.at(-2)).toContain('Source\u202f: CNER, cner-france.com/?p=1331');
    expect(csv).not.toMatch(/[^\r]\n/);
  });

  it('writes the lever matrix with French headers and the counts by hand', () => {
    const { data, t, locale, m } = setup('fr');
    const ls = lines(toCsv(matrixTable(data, m, canonical(8), canonical(12), t), t('footer.source'), locale));
    expect(ls[0]).toBe(
      'Territoire;Offre de formation;Information & orientation;Découverte des métiers et des entreprises;' +
        'Image de l’industrie;Événements;Ambassadeurs & pairs;Compétences des demandeurs d’emploi;' +
        'Mixité & inclusion;Levée des freins;Accueil & installation;Marque employeur & RSE;' +
        'Coordination des acteurs;Leviers distincts;Actions',
    );
    expect(ls[1]).toBe('Communauté d’agglomération du Bassin de Brive;0;2;1;0;0;0;0;0;0;0;0;0;2;3');
    expect(ls[4]).toBe('Entente économique du Nord Loiret;0;1;3;0;1;0;0;0;0;0;0;0;3;4');
    expect(ls[9]).toBe('Territoires qui le mobilisent;2;3;4;4;3;1;1;1;2;1;1;2;;');
    expect(ls[10]).toBe('Actions qui le mobilisent;3;4;6;4;3;1;1;1;2;1;2;2;;');
  });

  it('follows the chart’s order', () => {
    const { data, t, locale, m } = setup('fr');
    const rows = rowOrder('total', m, [], locale);
    const cols = colOrder('total', m, [], locale);
    const ls = lines(toCsv(matrixTable(data, m, rows, cols, t), '', locale));
    expect(ls[0]!.split(';')[1]).toBe('Découverte des métiers et des entreprises');
    expect(ls[1]!.split(';')[0]).toBe('Territoire d’industrie Lezoux – Thiers – Ambert');
  });

  it('speaks English when the atlas does', () => {
    const { data, t, locale, m } = setup('en');
    const ls = lines(toCsv(matrixTable(data, m, canonical(8), canonical(12), t), t('footer.source'), locale));
    expect(ls[0]!.startsWith('Territory;Training provision;Information & guidance;')).toBe(true);
    expect(ls[0]!.endsWith(';Distinct levers;Actions')).toBe(true);
    expect(ls.at(-2)).toContain('Source: CNER');
  });

  it('writes decimals with the locale’s mark (Jaccard indices)', () => {
    for (const [lang, two] of [
      ['fr', '0,6667'],
      ['en', '0.6667'],
    ] as const) {
      const { data, t, locale, m } = setup(lang);
      const table = similarityTable(data, m.rows, jaccardMatrix(rowSets(m)), canonical(8), t, locale);
      const ls = lines(toCsv(table, '', locale));
      // Brive × Nord Loiret: 2 levers in common out of 3.
      expect(ls[1]!.split(';')[4]).toBe(two);
      expect(ls[1]!.split(';')[1]).toBe('1');
      // The screen's table says the count first: « 2 sur 3 (0,67) ».
      expect(table.rows[0]!.texts![3]).toBe(lang === 'fr' ? '2 sur 3 (0,67)' : '2 of 3 (0.67)');
    }
  });

  it('writes the axes, audiences and frequency tables', () => {
    const { data, t, locale, m } = setup('fr');
    const all = retained(data, null);
    const axes = lines(toCsv(axesTable(data, axisSplit(data, all), canonical(8), t), '', locale));
    expect(axes[0]).toBe('Territoire;Compétences;Recrutement;Qualité de vie;Total des étiquettes');
    expect(axes[5]).toBe('Territoire d’industrie Lezoux – Thiers – Ambert;1;1;3;5');
    expect(axes[9]).toBe('Total;14;13;4;31');
    const aud = lines(toCsv(audiencesTable(data, audienceGrid(data, all), canonical(8), t), '', locale));
    expect(aud[0]!.split(';').at(-1)).toBe('Public non précisé par la source');
    expect(aud[9]).toBe('Total;5;1;4;1;2;3;1;1;12');
    const freq = lines(toCsv(frequencyTable(data, leverFrequency(m), t), '', locale));
    expect(freq[0]).toBe('Levier;Territoires qui le mobilisent;Actions qui le mobilisent');
    expect(freq[1]).toBe('Découverte des métiers et des entreprises;4;6');
  });

  it('quotes fields that hold a separator, a quote or a line break', () => {
    expect(field('a;b')).toBe('"a;b"');
    expect(field('dit "oui"')).toBe('"dit ""oui"""');
    expect(field('deux\nlignes')).toBe('"deux\nlignes"');
    expect(field('simple')).toBe('simple');
  });
});
