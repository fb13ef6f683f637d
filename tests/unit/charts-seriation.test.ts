/**
 * Jaccard similarity, average-linkage clustering, optimal leaf ordering and the four row orders, against
 * the 25 actions worked out by hand. Lever sets (from tests/unit/charts-matrix.test.ts):
 *   B  Brive {orientation, decouverte}            NL  Nord Loiret {decouverte, evenements, orientation}
 *   PC Compiègne {ambassadeurs, decouverte, evenements, image}
 *   CM Creusot {formation, orientation, employabilite}
 *   LT Lezoux {mixite, image, freins, accueil}     LN Lisieux {image, marque, cooperation}
 *   TM Montaigu {freins, formation, decouverte}    MA Mulhouse {evenements, cooperation, image}
 */
import { describe, expect, it } from 'vitest';

import { jaccard, jaccardDistances, jaccardMatrix } from '../../src/lib/analysis/jaccard';
import { leverMatrix, rowSets } from '../../src/lib/analysis/matrix';
import { fromDataset, retained } from '../../src/lib/analysis/model';
import { alphabetical, byTotal, colOrder, rowOrder } from '../../src/lib/analysis/order';
import {
  averageLinkage,
  optimalLeafOrder,
  pathCost,
  seriate,
  type Tree,
} from '../../src/lib/analysis/seriation';
import { dataset } from '../../src/lib/data';

const data = fromDataset(dataset, 'fr');
const m = leverMatrix(data, retained(data, null));
const sets = rowSets(m);
const [B, PC, CM, NL, LT, LN, TM, MA] = [0, 1, 2, 3, 4, 5, 6, 7];

describe('Jaccard', () => {
  it('is shared over union, with the shared levers', () => {
    expect(jaccard(sets[B]!, sets[NL]!)).toEqual({
      shared: ['orientation', 'decouverte'],
      union: 3,
      value: 2 / 3,
    });
    expect(jaccard(sets[LN]!, sets[MA]!)).toEqual({
      shared: ['image', 'cooperation'],
      union: 4,
      value: 1 / 2,
    });
    expect(jaccard(sets[PC]!, sets[CM]!)).toEqual({ shared: [], union: 7, value: 0 });
    expect(jaccard(new Set(), new Set()).value).toBeNull();
  });

  it('gives the 28 pairs computed by hand', () => {
    const J = jaccardMatrix(sets).map((row) => row.map((s) => s.value));
    const hand: [number, number, number][] = [
      [B, PC, 1 / 5],
      [B, CM, 1 / 4],
      [B, NL, 2 / 3],
      [B, LT, 0],
      [B, LN, 0],
      [B, TM, 1 / 4],
      [B, MA, 0],
      [PC, CM, 0],
      [PC, NL, 2 / 5],
      [PC, LT, 1 / 7],
      [PC, LN, 1 / 6],
      [PC, TM, 1 / 6],
      [PC, MA, 2 / 5],
      [CM, NL, 1 / 5],
      [CM, LT, 0],
      [CM, LN, 0],
      [CM, TM, 1 / 5],
      [CM, MA, 0],
      [NL, LT, 0],
      [NL, LN, 0],
      [NL, TM, 1 / 5],
      [NL, MA, 1 / 5],
      [LT, LN, 1 / 6],
      [LT, TM, 1 / 6],
      [LT, MA, 1 / 6],
      [LN, TM, 0],
      [LN, MA, 1 / 2],
      [TM, MA, 0],
    ];
    expect(hand).toHaveLength(28);
    for (const [i, j, v] of hand) {
      expect(J[i]![j], `${i}-${j}`).toBeCloseTo(v, 12);
      expect(J[j]![i], `${j}-${i}`).toBeCloseTo(v, 12);
    }
    for (let i = 0; i < 8; i++) expect(J[i]![i]).toBe(1);
  });

  it('turns into distances, two empty sets being at distance 0', () => {
    const d = jaccardDistances([new Set(['a']), new Set(), new Set()]);
    expect([...d]).toEqual([0, 1, 1, 1, 0, 0, 1, 0, 0]);
  });
});

const leaves = (t: Tree | null): unknown =>
  t && t.left && t.right ? [leaves(t.left), leaves(t.right)] : t?.leaves[0];
const merges = (t: Tree | null): [number[], number[], number][] =>
  t && t.left && t.right
    ? [...merges(t.left), ...merges(t.right), [t.left.leaves, t.right.leaves, t.height]]
    : [];

describe('average-linkage clustering', () => {
  const d = jaccardDistances(sets);
  const tree = averageLinkage(d, 8);

  it('merges as worked out by hand', () => {
    /*
     * 1. B + NL at 1 − 2/3 = 1/3            2. LN + MA at 1/2
     * 3. {B,NL} + PC at (4/5 + 3/5)/2 = 7/10
     * 4. {B,NL,PC} + TM at (3/4 + 4/5 + 5/6)/3 = 143/180
     * 5. LT + {LN,MA} at (5/6 + 5/6)/2 = 5/6 (< 67/80 for {B,NL,PC,TM} + CM)
     * 6. {B,NL,PC,TM} + CM at (3/4 + 4/5 + 1 + 4/5)/4 = 67/80
     * 7. the two groups, at the mean of the 15 distances between them: 1462/1575
     */
    const got = merges(tree).sort((a, b) => a[2] - b[2]);
    const want: [number[], number[], number][] = [
      [[B], [NL], 1 / 3],
      [[LN], [MA], 1 / 2],
      [[B, NL], [PC], 7 / 10],
      [[B, NL, PC], [TM], 143 / 180],
      [[LT], [LN, MA], 5 / 6],
      [[B, NL, PC, TM], [CM], 67 / 80],
      [[B, NL, PC, TM, CM], [LT, LN, MA], 1462 / 1575],
    ];
    expect(got.map(([l, r]) => [l, r])).toEqual(want.map(([l, r]) => [l, r]));
    got.forEach(([, , h], k) => expect(h).toBeCloseTo(want[k]![2], 12));
    expect(leaves(tree)).toEqual([
      [[[[B, NL], PC], TM], CM],
      [LT, [LN, MA]],
    ]);
  });

  it('breaks ties by the canonical order', () => {
    // Four items all at distance 1: (0,1) first, then ((0,1),2), then 3.
    const flat = Float64Array.from({ length: 16 }, (_, k) => (k % 5 === 0 ? 0 : 1));
    expect(leaves(averageLinkage(flat, 4))).toEqual([[[0, 1], 2], 3]);
    // Two tied pairs at 0: {0,2} merges before {1,3}.
    const pairs = [0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0];
    expect(merges(averageLinkage(pairs, 4)).map(([l, r]) => [l, r])).toEqual([
      [[0], [2]],
      [[1], [3]],
      [
        [0, 2],
        [1, 3],
      ],
    ]);
  });
});

describe('optimal leaf ordering', () => {
  it('orders the eight as worked out by hand', () => {
    /*
     * Of the 128 orders the tree allows, two reach the least cost, CM TM B NL PC MA LN LT and its
     * reverse: 4/5 + 3/4 + 1/3 + 3/5 + 3/5 + 1/2 + 5/6 = 53/12. The tie goes to the one that starts
     * earlier in the canonical order (CM is 3rd, LT 5th).
     */
    const d = jaccardDistances(sets);
    const order = seriate(d, 8);
    expect(order).toEqual([CM, TM, B, NL, PC, MA, LN, LT]);
    expect(pathCost(order, d, 8)).toBeCloseTo(53 / 12, 12);
    expect(rowOrder('similarite', m, [], 'fr').map((i) => m.rows[i])).toEqual([
      'creusot-montceau',
      'terres-de-montaigu',
      'bassin-de-brive',
      'nord-loiret',
      'pays-compiegnois',
      'mulhouse-alsace-agglomeration',
      'lisieux-normandie',
      'lezoux-thiers-ambert',
    ]);
  });

  it('returns the canonical order when everything ties', () => {
    const flat = Float64Array.from({ length: 36 }, (_, k) => (k % 7 === 0 ? 0 : 1));
    expect(seriate(flat, 6)).toEqual([0, 1, 2, 3, 4, 5]);
    const pairs = [0, 1, 0, 1, 1, 0, 1, 0, 0, 1, 0, 1, 1, 0, 1, 0];
    // Every order of ((0,2),(1,3)) costs 1: the smallest sequence wins.
    expect(seriate(pairs, 4)).toEqual([0, 2, 1, 3]);
  });

  it('handles 0, 1 and 2 items', () => {
    expect(seriate([], 0)).toEqual([]);
    expect(seriate([0], 1)).toEqual([0]);
    expect(seriate([0, 0.5, 0.5, 0], 2)).toEqual([0, 1]);
  });

  it('finds the least-cost order of the tree, as brute force does (random sets, seeded)', () => {
    let seed = 7;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const all = (t: Tree): number[][] =>
      !t.left || !t.right
        ? [t.leaves]
        : all(t.left).flatMap((l) =>
            all(t.right!).flatMap((r) => [
              [...l, ...r],
              [...r, ...l],
            ]),
          );
    for (let trial = 0; trial < 25; trial++) {
      const n = 3 + Math.floor(rand() * 6);
      const s = Array.from({ length: n }, () => new Set([0, 1, 2, 3, 4].filter(() => rand() < 0.4)));
      const d = jaccardDistances(s);
      const tree = averageLinkage(d, n)!;
      const got = optimalLeafOrder(tree, d, n);
      const options = all(tree).map((o) => ({ o, c: pathCost(o, d, n) }));
      const least = Math.min(...options.map((x) => x.c));
      const lex = (a: number[], b: number[]) => {
        const k = a.findIndex((v, i) => v !== b[i]);
        return k < 0 ? 0 : a[k]! - b[k]!;
      };
      const ties = options
        .filter((x) => x.c <= least + 1e-9)
        .map((x) => x.o)
        .sort(lex);
      expect(got, `trial ${trial}`).toEqual(ties[0]);
    }
  });
});

describe('orders', () => {
  it('by total: distinct levers, then actions, then canonical', () => {
    // Distinct (actions): B 2 (3), PC 4 (3), CM 3 (3), NL 3 (4), LT 4 (4), LN 3 (3), TM 3 (3), MA 3 (2).
    expect(byTotal(m.rowDistinct, m.rowActions)).toEqual([LT, PC, NL, CM, LN, TM, MA, B]);
    expect(rowOrder('total', m, [], 'fr')).toEqual([LT, PC, NL, CM, LN, TM, MA, B]);
  });

  it('alphabetical in the locale, accents folded', () => {
    const names = data.territories.map((t) => t.short);
    expect(alphabetical(names, 'fr').map((i) => names[i])).toEqual([
      'Brive',
      'Creusot Montceau',
      'Lezoux – Thiers – Ambert',
      'Lisieux Normandie',
      'Mulhouse',
      'Nord Loiret',
      'Pays Compiégnois',
      'Terres de Montaigu',
    ]);
    expect(alphabetical(['Été', 'Eau', 'École'], 'fr')).toEqual([1, 2, 0]);
  });

  it('orders the columns by the same rules', () => {
    expect(colOrder('canonique', m, [], 'fr')).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(colOrder('total', m, [], 'fr').map((c) => m.cols[c])).toEqual([
      'decouverte',
      'image',
      'orientation',
      'evenements',
      'formation',
      'freins',
      'cooperation',
      'marque',
      'ambassadeurs',
      'employabilite',
      'mixite',
      'accueil',
    ]);
    const sim = colOrder('similarite', m, [], 'fr');
    expect([...sim].sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});
