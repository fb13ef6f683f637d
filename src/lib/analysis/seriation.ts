/**
 * Seriation for the « by similarity » order: average-linkage (UPGMA) clustering on a distance matrix,
 * then the optimal leaf ordering of the tree (Bar-Joseph, Gifford & Jaakkola 2001): of the 2^(n−1)
 * orders the tree allows, the one with the smallest sum of distances between neighbours.
 *
 * Ties are frequent (Jaccard distances between small sets are a handful of fractions), so both steps
 * break them by the canonical order, which is the items' index:
 * - clustering merges, among equally close pairs, the pair whose smallest members come first (clusters
 *   compared by their smallest index, the pair by (smaller key, larger key));
 * - the leaf ordering returns, among orders of equal cost, the lexicographically smallest sequence of
 *   indices (so also the orientation that starts with the earlier item).
 * Costs within 1e-9 of each other count as equal, so rounding never decides.
 */

const EPS = 1e-9;

export interface Tree {
  /** Leaf indices under this node, left subtree first. */
  leaves: number[];
  /** Average distance between the two merged clusters (0 for a leaf). */
  height: number;
  left: Tree | null;
  right: Tree | null;
}

/** `d` is a row-major n × n symmetric distance matrix. Returns null for n = 0. */
export function averageLinkage(d: ArrayLike<number>, n: number): Tree | null {
  if (n === 0) return null;
  // Slot i holds the cluster whose smallest member is i, so scanning pairs (i < j) in index order and
  // replacing only on a strictly smaller distance picks the tie-break pair of the header.
  const slots: (Tree | null)[] = Array.from({ length: n }, (_, i) => ({
    leaves: [i],
    height: 0,
    left: null,
    right: null,
  }));
  const size = new Float64Array(n).fill(1);
  // Sums of original distances between clusters: the average is sum / (size × size), computed afresh
  // each time rather than updated, so that equal averages stay equal.
  const sum = Float64Array.from({ length: n * n }, (_, k) => d[k]!);
  const active: number[] = Array.from({ length: n }, (_, i) => i);
  while (active.length > 1) {
    let best = Infinity;
    let bi = -1;
    let bj = -1;
    for (let a = 0; a < active.length; a++) {
      const i = active[a]!;
      for (let b = a + 1; b < active.length; b++) {
        const j = active[b]!;
        const avg = sum[i * n + j]! / (size[i]! * size[j]!);
        if (avg < best - EPS) {
          best = avg;
          bi = i;
          bj = j;
        }
      }
    }
    const left = slots[bi]!;
    const right = slots[bj]!;
    slots[bi] = { leaves: [...left.leaves, ...right.leaves], height: best, left, right };
    slots[bj] = null;
    for (const k of active) {
      if (k === bi || k === bj) continue;
      const s = sum[bi * n + k]! + sum[bj * n + k]!;
      sum[bi * n + k] = s;
      sum[k * n + bi] = s;
    }
    size[bi] = size[bi]! + size[bj]!;
    active.splice(active.indexOf(bj), 1);
  }
  return slots[active[0]!]!;
}

/** Solutions for one subtree: for leaves i, j at positions p, q, the best order from i to j. */
interface Table {
  leaves: number[];
  cost: Float64Array;
  seq: (Int32Array | null)[];
}

function lexLess(a: Int32Array, b: Int32Array): boolean {
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return a[k]! < b[k]!;
  return false;
}

/** a1 ++ b1 < a2 ++ b2, with |a1| = |a2|. */
function lexLessPair(a1: Int32Array, b1: Int32Array, a2: Int32Array, b2: Int32Array): boolean {
  for (let k = 0; k < a1.length; k++) if (a1[k] !== a2[k]) return a1[k]! < a2[k]!;
  return lexLess(b1, b2);
}

function solve(node: Tree, d: ArrayLike<number>, n: number): Table {
  if (!node.left || !node.right) {
    const i = node.leaves[0]!;
    return { leaves: [i], cost: Float64Array.of(0), seq: [Int32Array.of(i)] };
  }
  const A = solve(node.left, d, n);
  const B = solve(node.right, d, n);
  const leaves = [...A.leaves, ...B.leaves];
  const s = leaves.length;
  const cost = new Float64Array(s * s).fill(Infinity);
  const seq: (Int32Array | null)[] = new Array<Int32Array | null>(s * s).fill(null);
  const offsetOf = (t: Table) => (t === A ? 0 : A.leaves.length);

  for (const [X, Y] of [
    [A, B],
    [B, A],
  ] as const) {
    const nx = X.leaves.length;
    const ny = Y.leaves.length;
    const ox = offsetOf(X);
    const oy = offsetOf(Y);
    const tCost = new Float64Array(ny);
    const tM = new Int32Array(ny);
    for (let ii = 0; ii < nx; ii++) {
      // Stage 1: for each k entering Y, the best way through X from i to some m, plus the step m → k.
      for (let kk = 0; kk < ny; kk++) {
        const k = Y.leaves[kk]!;
        let best = Infinity;
        let bm = -1;
        for (let mm = 0; mm < nx; mm++) {
          const c0 = X.cost[ii * nx + mm]!;
          if (c0 === Infinity) continue;
          const c = c0 + d[X.leaves[mm]! * n + k]!;
          if (
            c < best - EPS ||
            (bm >= 0 && Math.abs(c - best) <= EPS && lexLess(X.seq[ii * nx + mm]!, X.seq[ii * nx + bm]!))
          ) {
            best = c;
            bm = mm;
          }
        }
        tCost[kk] = best;
        tM[kk] = bm;
      }
      // Stage 2: for each j leaving Y, the best k.
      for (let jj = 0; jj < ny; jj++) {
        let best = Infinity;
        let bk = -1;
        for (let kk = 0; kk < ny; kk++) {
          const c1 = Y.cost[kk * ny + jj]!;
          if (c1 === Infinity || tM[kk]! < 0) continue;
          const c = tCost[kk]! + c1;
          if (
            c < best - EPS ||
            (bk >= 0 &&
              Math.abs(c - best) <= EPS &&
              lexLessPair(
                X.seq[ii * nx + tM[kk]!]!,
                Y.seq[kk * ny + jj]!,
                X.seq[ii * nx + tM[bk]!]!,
                Y.seq[bk * ny + jj]!,
              ))
          ) {
            best = c;
            bk = kk;
          }
        }
        if (bk < 0) continue;
        const xs = X.seq[ii * nx + tM[bk]!]!;
        const ys = Y.seq[bk * ny + jj]!;
        const out = new Int32Array(s);
        out.set(xs, 0);
        out.set(ys, nx);
        const p = ox + ii;
        const q = oy + jj;
        cost[p * s + q] = best;
        seq[p * s + q] = out;
      }
    }
  }
  return { leaves, cost, seq };
}

/** The optimal leaf ordering of `tree` for distances `d` (see the header for ties). */
export function optimalLeafOrder(tree: Tree | null, d: ArrayLike<number>, n: number): number[] {
  if (!tree) return [];
  const t = solve(tree, d, n);
  let best = Infinity;
  let bestSeq: Int32Array | null = null;
  for (let k = 0; k < t.cost.length; k++) {
    const c = t.cost[k]!;
    const sq = t.seq[k];
    if (!sq) continue;
    if (c < best - EPS || (bestSeq && Math.abs(c - best) <= EPS && lexLess(sq, bestSeq))) {
      best = c;
      bestSeq = sq;
    }
  }
  return bestSeq ? [...bestSeq] : [];
}

/** Sum of distances between neighbours: what the optimal leaf ordering minimises. */
export function pathCost(order: readonly number[], d: ArrayLike<number>, n: number): number {
  let c = 0;
  for (let k = 1; k < order.length; k++) c += d[order[k - 1]! * n + order[k]!]!;
  return c;
}

/** Average-linkage clustering, then optimal leaf ordering: a permutation of 0…n−1. */
export function seriate(d: ArrayLike<number>, n: number): number[] {
  return optimalLeafOrder(averageLinkage(d, n), d, n);
}
