/**
 * Descriptive statistics of peer scores. Quantiles use linear interpolation between order statistics
 * (Hyndman & Fan type 7, the default of R and NumPy): for p in [0, 1] and n sorted values,
 * h = (n − 1)·p, q = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]).
 * The percentile rank of the city is 100 × (peers strictly below + ½ × peers equal) ÷ n.
 */
export interface Summary {
  readonly count: number;
  readonly min: number;
  readonly q1: number;
  readonly median: number;
  readonly q3: number;
  readonly max: number;
}

/** Type-7 quantile of values sorted ascending (at least one). */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const a = sorted[lo] as number;
  const b = sorted[Math.min(lo + 1, n - 1)] as number;
  return a + (h - lo) * (b - a);
}

/** Percentile rank of `x` among `values` (0–100), or undefined when there are none. */
export function percentileRank(values: ArrayLike<number>, x: number): number | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  let below = 0;
  let equal = 0;
  for (let i = 0; i < n; i += 1) {
    const v = values[i] as number;
    if (v < x) below += 1;
    else if (v === x) equal += 1;
  }
  return (100 * (below + equal / 2)) / n;
}

/**
 * Summarises the values (any order; they are copied, not changed). Returns undefined for none.
 * A Float64Array sorts numerically without a comparator, which keeps 100,000 values fast.
 */
export function summarise(values: ArrayLike<number>): Summary | undefined {
  const n = values.length;
  if (n === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  return {
    count: n,
    min: sorted[0] as number,
    q1: quantileSorted(sorted, 0.25),
    median: quantileSorted(sorted, 0.5),
    q3: quantileSorted(sorted, 0.75),
    max: sorted[n - 1] as number,
  };
}
