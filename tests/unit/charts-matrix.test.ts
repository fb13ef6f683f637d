/**
 * The counts behind the charts, against numbers worked out by hand from the 25 actions of
 * data/actions.json (listed in the comments: territory → its actions' levers, axes and audiences).
 */
import { describe, expect, it } from 'vitest';

import { leverFrequency } from '../../src/lib/analysis/frequency';
import { UNSPECIFIED, audienceGrid, axisSplit, leverMatrix, rowSets } from '../../src/lib/analysis/matrix';
import { fromDataset, retained } from '../../src/lib/analysis/model';
import { dataset } from '../../src/lib/data';

const data = fromDataset(dataset, 'fr');
const all = retained(data, null);
const T = [
  'bassin-de-brive',
  'pays-compiegnois',
  'creusot-montceau',
  'nord-loiret',
  'lezoux-thiers-ambert',
  'lisieux-normandie',
  'terres-de-montaigu',
  'mulhouse-alsace-agglomeration',
];
const L = [
  'formation',
  'orientation',
  'decouverte',
  'image',
  'evenements',
  'ambassadeurs',
  'employabilite',
  'mixite',
  'freins',
  'accueil',
  'marque',
  'cooperation',
];

/*
 * By hand, levers per action:
 *   Brive: orientation | orientation | decouverte
 *   Pays Compiégnois: ambassadeurs | decouverte+evenements | image
 *   Creusot Montceau: formation | orientation | employabilite
 *   Nord Loiret: decouverte+evenements | decouverte | decouverte | orientation
 *   Lezoux – Thiers – Ambert: mixite | image | freins | accueil
 *   Lisieux Normandie: image | marque+cooperation | marque
 *   Terres de Montaigu: freins | formation+decouverte | formation
 *   Mulhouse: evenements+cooperation | image
 */
//                 fo or de im ev am em mi fr ac ma co
const CELLS = [
  /* brive    */ [0, 2, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0],
  /* compiègne*/ [0, 0, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0],
  /* creusot  */ [1, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0],
  /* nord-loi */ [0, 1, 3, 0, 1, 0, 0, 0, 0, 0, 0, 0],
  /* lezoux   */ [0, 0, 0, 1, 0, 0, 0, 1, 1, 1, 0, 0],
  /* lisieux  */ [0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 2, 1],
  /* montaigu */ [2, 0, 1, 0, 0, 0, 0, 0, 1, 0, 0, 0],
  /* mulhouse */ [0, 0, 0, 1, 1, 0, 0, 0, 0, 0, 0, 1],
];

describe('lever matrix', () => {
  const m = leverMatrix(data, all);

  it('has the eight territories and twelve levers in canonical order', () => {
    expect(m.rows).toEqual(T);
    expect(m.cols).toEqual(L);
  });

  it('counts, per cell, the territory’s actions tagged with the lever', () => {
    expect(m.cells.map((row) => row.map((c) => c.length))).toEqual(CELLS);
    expect(m.cells[3]![2]).toEqual(['nord-loiret-1', 'nord-loiret-2', 'nord-loiret-3']);
    expect(m.cells[6]![0]).toEqual(['terres-de-montaigu-2', 'terres-de-montaigu-3']);
    expect(m.max).toBe(3);
  });

  it('totals rows: distinct levers used, and actions', () => {
    expect(m.rowDistinct).toEqual([2, 4, 3, 3, 4, 3, 3, 3]);
    expect(m.rowActions).toEqual([3, 3, 3, 4, 4, 3, 3, 2]);
    expect(m.rowActions.reduce((a, b) => a + b)).toBe(25);
  });

  it('totals columns: territories using the lever, and actions', () => {
    expect(m.colRows).toEqual([2, 3, 4, 4, 3, 1, 1, 1, 2, 1, 1, 2]);
    expect(m.colActions).toEqual([3, 4, 6, 4, 3, 1, 1, 1, 2, 1, 2, 2]);
    // 30 lever tags on 25 actions: five actions carry two levers.
    expect(m.colActions.reduce((a, b) => a + b)).toBe(30);
  });

  it('counts only the retained actions under a filter', () => {
    const f = leverMatrix(
      data,
      retained(data, new Set(['nord-loiret-1', 'mulhouse-alsace-agglomeration-1'])),
    );
    expect(f.rowActions).toEqual([0, 0, 0, 1, 0, 0, 0, 1]);
    expect(f.colRows).toEqual([0, 0, 1, 0, 2, 0, 0, 0, 0, 0, 0, 1]);
  });

  it('gives each territory its set of levers', () => {
    expect([...rowSets(m)[0]!]).toEqual(['orientation', 'decouverte']);
    expect([...rowSets(m)[7]!]).toEqual(['image', 'evenements', 'cooperation']);
  });
});

describe('axes profile', () => {
  /*
   * Axis tags per action (an action counts once per axis it belongs to):
   *   Brive: rec | rec | rec                       → 0, 3, 0
   *   Compiègne: comp | comp+rec | comp            → 3, 1, 0
   *   Creusot: comp | rec | comp                   → 2, 1, 0
   *   Nord Loiret: comp+rec | rec | rec | rec      → 1, 4, 0
   *   Lezoux: rec+qdv (« fidéliser ») | comp | qdv | qdv → 1, 1, 3
   *   Lisieux: comp | comp+rec | comp              → 3, 1, 0
   *   Montaigu: qdv | comp+rec | comp              → 2, 1, 1
   *   Mulhouse: comp+rec | comp                    → 2, 1, 0
   */
  const a = axisSplit(data, all);
  it('splits each territory’s tags across the three axes', () => {
    expect(a.cols).toEqual(['competences', 'recrutement', 'qualite-de-vie']);
    expect(a.cells.map((r) => r.map((c) => c.length))).toEqual([
      [0, 3, 0],
      [3, 1, 0],
      [2, 1, 0],
      [1, 4, 0],
      [1, 1, 3],
      [3, 1, 0],
      [2, 1, 1],
      [2, 1, 0],
    ]);
  });
  it('counts tags, not actions', () => {
    expect(a.rowTags).toEqual([3, 4, 3, 5, 5, 4, 4, 3]);
    expect(a.rowTags.reduce((x, y) => x + y)).toBe(31);
    expect(a.colActions).toEqual([14, 13, 4]);
  });
});

describe('audiences', () => {
  /*
   * Audiences per action ([] → « non précisé »):
   *   Brive: entreprises+acteurs | [] | []
   *   Compiègne: [] | jeunes | []
   *   Creusot: [] | demandeurs | demandeurs+entreprises
   *   Nord Loiret: grand-public | jeunes+parents+demandeurs | [] | []
   *   Lezoux: femmes | jeunes | jeunes | salaries
   *   Lisieux: [] | [] | entreprises
   *   Montaigu: [] | jeunes | []
   *   Mulhouse: [] | demandeurs+salaries
   */
  const g = audienceGrid(data, all);
  it('has the eight audiences then « non précisé »', () => {
    expect(g.cols).toEqual([
      'jeunes',
      'parents',
      'demandeurs-emploi',
      'femmes',
      'salaries',
      'entreprises',
      'acteurs-emploi-formation',
      'grand-public',
      UNSPECIFIED,
    ]);
  });
  it('counts audience tags and the actions that name none', () => {
    //                                  je pa de fe sa en ac gp np
    expect(g.cells.map((r) => r.map((c) => c.length))).toEqual([
      [0, 0, 0, 0, 0, 1, 1, 0, 2],
      [1, 0, 0, 0, 0, 0, 0, 0, 2],
      [0, 0, 2, 0, 0, 1, 0, 0, 1],
      [1, 1, 1, 0, 0, 0, 0, 1, 2],
      [2, 0, 0, 1, 1, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 1, 0, 0, 2],
      [1, 0, 0, 0, 0, 0, 0, 0, 2],
      [0, 0, 1, 0, 1, 0, 0, 0, 1],
    ]);
    expect(g.colActions).toEqual([5, 1, 4, 1, 2, 3, 1, 1, 12]);
  });
});

describe('lever frequency', () => {
  it('sorts by territories, then actions, then canonical order', () => {
    const f = leverFrequency(leverMatrix(data, all));
    expect(f.map((x) => [x.lever, x.territories, x.actions])).toEqual([
      ['decouverte', 4, 6],
      ['image', 4, 4],
      ['orientation', 3, 4],
      ['evenements', 3, 3],
      ['formation', 2, 3],
      // freins and cooperation tie at 2 territories, 2 actions: canonical order puts freins first.
      ['freins', 2, 2],
      ['cooperation', 2, 2],
      ['marque', 1, 2],
      ['ambassadeurs', 1, 1],
      ['employabilite', 1, 1],
      ['mixite', 1, 1],
      ['accueil', 1, 1],
    ]);
    expect(f[0]!.byTerritory.map((x) => [x.territory, x.actions.length])).toEqual([
      ['bassin-de-brive', 1],
      ['pays-compiegnois', 1],
      ['nord-loiret', 3],
      ['terres-de-montaigu', 1],
    ]);
  });
});
