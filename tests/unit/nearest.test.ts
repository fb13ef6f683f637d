/**
 * Nearest territories by shared levers (analysis/nearest.ts): the real data, checked against a brute
 * force over actions.json, and small synthetic cases for each rule (index, shared count, canonical order,
 * the ties that remain, nothing in common).
 */
import { describe, expect, it } from 'vitest';

import { leverSets, nearestTerritories, pairExtremes } from '../../src/lib/analysis/nearest';
import { actions, territories, vocabularies } from '../../src/lib/data';
import type { TerritoryId } from '../../src/lib/data/ids';

const order = territories.map((t) => t.id);
const real = leverSets(
  order,
  actions,
  vocabularies.levers.map((l) => l.id),
);

/** Brute force, straight from the actions: shared and union counts of two territories' levers. */
function counts(a: TerritoryId, b: TerritoryId) {
  const of = (id: TerritoryId) => new Set(actions.filter((x) => x.territory === id).flatMap((x) => x.levers));
  const A = of(a);
  const B = of(b);
  const shared = [...A].filter((l) => B.has(l)).length;
  return { shared, union: new Set([...A, ...B]).size };
}

describe('nearestTerritories on the real data', () => {
  it('gives Mulhouse Lisieux Normandie (image and coordination, 2 of 4), then the Pays Compiégnois (2 of 5)', () => {
    const near = nearestTerritories('mulhouse-alsace-agglomeration', real, order);
    expect(near.map((n) => n.id)).toEqual(['lisieux-normandie', 'pays-compiegnois']);
    expect(near[0]).toMatchObject({ shared: ['image', 'cooperation'], union: 4, value: 0.5, tiedWith: [] });
    expect(near[1]).toMatchObject({ shared: ['image', 'evenements'], union: 5, value: 0.4 });
  });

  it('says the Pays Compiégnois is as near to Nord Loiret as to Mulhouse, and Lezoux to three territories', () => {
    const pc = nearestTerritories('pays-compiegnois', real, order);
    expect(pc.map((n) => [n.id, n.tiedWith])).toEqual([
      ['nord-loiret', ['mulhouse-alsace-agglomeration']],
      ['mulhouse-alsace-agglomeration', ['nord-loiret']],
    ]);
    const lezoux = nearestTerritories('lezoux-thiers-ambert', real, order);
    // The third tied territory is named though it is not in the two listed.
    expect(lezoux[0]!.tiedWith).toEqual(['terres-de-montaigu', 'mulhouse-alsace-agglomeration']);
    expect(lezoux.map((n) => n.id)).toEqual(['lisieux-normandie', 'terres-de-montaigu']);
  });

  it.each(order)('ranks every territory for %s as the brute force does', (id) => {
    const ranked = nearestTerritories(id, real, order, Infinity);
    const expected = order
      .filter((o) => o !== id)
      .map((o) => ({ id: o, ...counts(id, o) }))
      .filter((c) => c.shared > 0)
      .sort(
        (x, y) =>
          y.shared / y.union - x.shared / x.union ||
          y.shared - x.shared ||
          order.indexOf(x.id) - order.indexOf(y.id),
      );
    expect(ranked.map((n) => n.id)).toEqual(expected.map((c) => c.id));
    for (const n of ranked) {
      const c = counts(id, n.id);
      expect(n.shared).toHaveLength(c.shared);
      expect(n.union).toBe(c.union);
      expect(n.value).toBeCloseTo(c.shared / c.union, 12);
      // Shared levers read in the vocabulary's order.
      const vocab = vocabularies.levers.map((l) => l.id);
      expect([...n.shared].sort((a, b) => vocab.indexOf(a) - vocab.indexOf(b))).toEqual(n.shared);
      for (const t of n.tiedWith) expect(counts(id, t)).toEqual(c);
    }
  });
});

describe('nearestTerritories rules (synthetic)', () => {
  const sets = (o: Record<string, string[]>) => new Map(Object.entries(o).map(([k, v]) => [k, new Set(v)]));

  it('prefers a higher index, then more shared levers at the same index', () => {
    const s = sets({ x: ['a', 'b', 'c', 'd'], p: ['a', 'z'], q: ['a', 'b', 'y', 'w'], r: ['a', 'b', 'c'] });
    // p: 1/5 = 0.2; q: 2/6 ≈ 0.33; r: 3/4 = 0.75.
    expect(nearestTerritories('x', s, ['x', 'p', 'q', 'r'], 3).map((n) => n.id)).toEqual(['r', 'q', 'p']);
    // Same index 1/2, 2 of 4 beats 1 of 2.
    const t = sets({ x: ['a', 'b'], p: ['a'], q: ['a', 'b', 'c', 'd'] });
    const near = nearestTerritories('x', t, ['x', 'p', 'q']);
    expect(near.map((n) => [n.id, n.value, n.shared.length])).toEqual([
      ['q', 0.5, 2],
      ['p', 0.5, 1],
    ]);
    expect(near.every((n) => n.tiedWith.length === 0)).toBe(true);
  });

  it('settles a remaining tie by canonical order and reports it', () => {
    const s = sets({ x: ['a', 'b'], p: ['a', 'c'], q: ['b', 'd'], r: ['a', 'e'] });
    const canonical = ['r', 'x', 'q', 'p'];
    const near = nearestTerritories('x', s, canonical, 2);
    expect(near.map((n) => n.id)).toEqual(['r', 'q']);
    expect(near[0]!.tiedWith).toEqual(['q', 'p']);
    expect(near[1]!.tiedWith).toEqual(['r', 'p']);
  });

  it('leaves out territories that share nothing, and has none for an empty set', () => {
    const s = sets({ x: ['a'], p: ['b'], q: ['a', 'b'], e: [] });
    expect(nearestTerritories('x', s, ['x', 'p', 'q', 'e']).map((n) => n.id)).toEqual(['q']);
    expect(nearestTerritories('e', s, ['x', 'p', 'q', 'e'])).toEqual([]);
    expect(nearestTerritories('missing', s, ['x', 'p', 'q', 'e'])).toEqual([]);
  });
});

describe('pairExtremes', () => {
  it('finds Brive and Nord Loiret the closest pair, and the pairs with nothing in common the farthest', () => {
    const { closest, farthest, pairs } = pairExtremes(real, order);
    expect(pairs).toBe((order.length * (order.length - 1)) / 2);
    expect(closest.map((p) => [p.a, p.b])).toEqual([['bassin-de-brive', 'nord-loiret']]);
    expect(closest[0]).toMatchObject({ shared: ['orientation', 'decouverte'], union: 3 });
    // Brute force: every pair, the ones that share nothing, in canonical order.
    const none = order.flatMap((a, i) =>
      order.slice(i + 1).flatMap((b) => (counts(a, b).shared === 0 ? [[a, b]] : [])),
    );
    expect(none.length).toBeGreaterThan(1);
    expect(farthest.map((p) => [p.a, p.b])).toEqual(none);
    expect(farthest.every((p) => p.shared.length === 0 && p.value === 0)).toBe(true);
  });

  it('ranks by index then shared count, skips territories without levers, and ties pairs that share nothing', () => {
    const s = new Map([
      ['a', new Set(['x'])],
      ['b', new Set(['y'])],
      ['c', new Set(['y', 'z', 'w'])],
      ['d', new Set(['x', 'y'])],
      ['e', new Set<string>()],
    ]);
    // ad 1/2, bd 1/2, bc 1/3, cd 1/4, ab 0/2, ac 0/4.
    const { closest, farthest, pairs } = pairExtremes(s, ['a', 'b', 'c', 'd', 'e']);
    expect(pairs).toBe(6);
    expect(closest.map((p) => p.a + p.b)).toEqual(['ad', 'bd']);
    expect(farthest.map((p) => p.a + p.b)).toEqual(['ab', 'ac']);
    // The same index, more shared levers: 2 of 4 is nearer than 1 of 2.
    const t = new Map([
      ['a', new Set(['x', 'y'])],
      ['b', new Set(['x', 'y', 'z', 'w'])],
      ['c', new Set(['x', 'q'])],
    ]);
    expect(pairExtremes(t, ['a', 'b', 'c']).closest.map((p) => p.a + p.b)).toEqual(['ab']);
    expect(pairExtremes(new Map([['a', new Set(['x'])]]), ['a'])).toEqual({
      closest: [],
      farthest: [],
      pairs: 0,
    });
  });

  it('reads more than 32 levers (several mask words)', () => {
    const many = Array.from({ length: 70 }, (_, i) => `l${i}`);
    const s = new Map([
      ['a', new Set(many.slice(0, 40))],
      ['b', new Set(many.slice(35, 70))],
      ['c', new Set(many.slice(60, 70))],
    ]);
    const { closest, farthest } = pairExtremes(s, ['a', 'b', 'c']);
    expect(closest.map((p) => [p.a + p.b, p.shared.length, p.union])).toEqual([['bc', 10, 35]]);
    expect(farthest.map((p) => p.a + p.b)).toEqual(['ac']);
  });
});
