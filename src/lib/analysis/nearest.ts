/**
 * Which territories are nearest to one another by the levers they use (issue #15 « Territoires proches »
 * and the similarity chart's « En bref »). Nearest means the highest Jaccard index on the lever sets; a
 * tie goes to more shared levers, then to the canonical order; a tie that remains after that (same index
 * and same number of shared levers, hence the same union) is reported, so that the reader is told
 * « à égalité avec … » rather than shown an order the data do not make.
 *
 * The lever sets are what the caller gives. The territory card passes each territory's levers over all its
 * actions, filters aside: the card is about the territory, not about what a filter leaves of it. The
 * charts pass the lever sets of the actions they draw.
 *
 * A territory with no lever in common with another is never its « nearest »: the lists leave out pairs
 * that share nothing (and pairs where a set is empty, which compare nothing).
 */
import { jaccard } from './jaccard';

/** A set of levers per territory, each set in the vocabulary's order (`leverSets` builds them so). */
export type LeverSets<T extends string, L extends string> = ReadonlyMap<T, ReadonlySet<L>>;

export interface Neighbour<T extends string = string, L extends string = string> {
  id: T;
  /** |A ∩ B| / |A ∪ B|. */
  value: number;
  /** The shared levers, in the vocabulary's order. */
  shared: L[];
  /** |A ∪ B|: « 2 leviers en commun sur 3 ». */
  union: number;
  /**
   * The other territories exactly as near (same index, same shared count), in canonical order, whether or
   * not they made the list: what the order alone decided.
   */
  tiedWith: T[];
}

export interface Pair<T extends string = string, L extends string = string> {
  /** The pair in canonical order. */
  a: T;
  b: T;
  value: number;
  shared: L[];
  union: number;
}

/** Each territory's set of levers over `actions`, in the order of `levers`. */
export function leverSets<T extends string, L extends string>(
  territories: readonly T[],
  actions: readonly { territory: T; levers: readonly L[] }[],
  levers: readonly L[],
): Map<T, Set<L>> {
  const used = new Map<T, Set<L>>(territories.map((t) => [t, new Set()]));
  for (const a of actions) {
    const set = used.get(a.territory);
    if (set) for (const l of a.levers) set.add(l);
  }
  // Rebuilt in the vocabulary's order, so that `shared` reads as every list of levers does.
  return new Map(territories.map((t) => [t, new Set(levers.filter((l) => used.get(t)!.has(l)))]));
}

/**
 * Negative when `x` is nearer than `y`: higher index (compared as fractions, exactly), then more shared
 * levers. Zero for a tie, which the canonical order then settles.
 */
function nearer(x: { shared: unknown[]; union: number }, y: { shared: unknown[]; union: number }): number {
  return y.shared.length * x.union - x.shared.length * y.union || y.shared.length - x.shared.length;
}

/**
 * Same fraction and same shared count: nothing but the order tells them apart. With levers in common
 * that means the same union too; pairs that share nothing all tie, at 0.
 */
const tied = (x: { shared: unknown[]; union: number }, y: { shared: unknown[]; union: number }) =>
  nearer(x, y) === 0;

/**
 * The territories nearest to `id`, nearest first, at most `n` (all of them with `Infinity`), among those
 * that share at least one lever with it. `order` is the canonical order (ties, and `tiedWith`'s order).
 */
export function nearestTerritories<T extends string, L extends string>(
  id: T,
  sets: LeverSets<T, L>,
  order: readonly T[],
  n = 2,
): Neighbour<T, L>[] {
  const own = sets.get(id);
  if (!own || own.size === 0) return [];
  const candidates = order
    .filter((other) => other !== id)
    .map((other) => ({ id: other, ...jaccard(own, sets.get(other) ?? new Set<L>()) }))
    .filter((c) => c.shared.length > 0);
  // Array.prototype.sort is stable: candidates are in canonical order, so a tie keeps it.
  candidates.sort(nearer);
  return candidates.slice(0, n).map((c) => ({
    id: c.id,
    value: c.value!,
    shared: c.shared,
    union: c.union,
    tiedWith: candidates.filter((o) => o.id !== c.id && tied(o, c)).map((o) => o.id),
  }));
}

/** Set bits of a 32-bit word. */
function popcount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * The nearest and the farthest pairs of territories (each group: the pairs tied at that end, in canonical
 * order), among the territories that use a lever, and how many pairs there are. Pairs that share nothing
 * are the farthest, all tied. One pass over the pairs on bit masks, so that the bench's 200 territories
 * (19 900 pairs) cost about a millisecond.
 */
export function pairExtremes<T extends string, L extends string>(
  sets: LeverSets<T, L>,
  order: readonly T[],
): { closest: Pair<T, L>[]; farthest: Pair<T, L>[]; pairs: number } {
  const ids = order.filter((t) => (sets.get(t)?.size ?? 0) > 0);
  const bit = new Map<L, number>();
  for (const id of ids) for (const l of sets.get(id)!) if (!bit.has(l)) bit.set(l, bit.size);
  const words = Math.max(1, Math.ceil(bit.size / 32));
  const masks = ids.map((id) => {
    const m = new Uint32Array(words);
    for (const l of sets.get(id)!) m[bit.get(l)! >>> 5]! |= 1 << (bit.get(l)! & 31);
    return m;
  });
  const sizes = ids.map((id) => sets.get(id)!.size);
  type At = { i: number; j: number; shared: unknown[]; union: number };
  let closest: At[] = [];
  let farthest: At[] = [];
  for (let i = 0; i < ids.length; i++)
    for (let j = i + 1; j < ids.length; j++) {
      let n = 0;
      for (let w = 0; w < words; w++) n += popcount(masks[i]![w]! & masks[j]![w]!);
      // `nearer` reads only the shared count: a stand-in array of that length.
      const at: At = { i, j, shared: { length: n } as unknown[], union: sizes[i]! + sizes[j]! - n };
      const c = closest[0] ? nearer(at, closest[0]) : -1;
      if (c < 0) closest = [at];
      else if (c === 0) closest.push(at);
      const f = farthest[0] ? nearer(at, farthest[0]) : 1;
      if (f > 0) farthest = [at];
      else if (f === 0) farthest.push(at);
    }
  const pair = ({ i, j }: At): Pair<T, L> => {
    const s = jaccard(sets.get(ids[i]!)!, sets.get(ids[j]!)!);
    return { a: ids[i]!, b: ids[j]!, value: s.value!, shared: s.shared, union: s.union };
  };
  return {
    closest: closest.map(pair),
    farthest: farthest.map(pair),
    pairs: (ids.length * (ids.length - 1)) / 2,
  };
}
