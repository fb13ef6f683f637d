/**
 * Jaccard similarity between lever sets: |A ∩ B| / |A ∪ B|. Kept as a fraction as well as a number, so
 * the chart can say « 2 leviers en commun sur 3 » rather than only « 0,67 ».
 */

export interface Similarity<T> {
  /** The shared elements, in the order of `a`. */
  shared: T[];
  /** |A ∪ B|. */
  union: number;
  /** |A ∩ B| / |A ∪ B|, or null when both sets are empty (nothing to compare: a filter left them no action). */
  value: number | null;
}

export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): Similarity<T> {
  const shared = [...a].filter((x) => b.has(x));
  const union = a.size + b.size - shared.length;
  return { shared, union, value: union === 0 ? null : shared.length / union };
}

/** All pairs, as a symmetric matrix (the diagonal compares each set with itself). */
export function jaccardMatrix<T>(sets: readonly ReadonlySet<T>[]): Similarity<T>[][] {
  const n = sets.length;
  const out: Similarity<T>[][] = Array.from({ length: n }, () => new Array<Similarity<T>>(n));
  for (let i = 0; i < n; i++) {
    for (let j = i; j < n; j++) {
      const s = jaccard(sets[i]!, sets[j]!);
      out[i]![j] = s;
      out[j]![i] = i === j ? s : { ...s, shared: [...s.shared] };
    }
  }
  return out;
}

/**
 * Jaccard distance 1 − J as a flat Float64Array (row-major n × n), for clustering. Two empty sets are at
 * distance 0 (as in SciPy): they are alike in having nothing; an empty set is at distance 1 from the rest.
 */
export function jaccardDistances<T>(sets: readonly ReadonlySet<T>[]): Float64Array {
  const n = sets.length;
  const d = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++) {
      const a = sets[i]!;
      const b = sets[j]!;
      let shared = 0;
      const [small, large] = a.size <= b.size ? [a, b] : [b, a];
      for (const x of small) if (large.has(x)) shared++;
      const union = a.size + b.size - shared;
      const v = union === 0 ? 0 : 1 - shared / union;
      d[i * n + j] = v;
      d[j * n + i] = v;
    }
  }
  return d;
}
