/** A distinct value and how many records have it (e.g. resolution times rounded to the hour in SQL). */
export interface ValueCount {
  value: number;
  count: number;
}

function checkP(p: number): void {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`p must be in [0, 1]: ${p}`);
}

/**
 * Sample quantile of Hyndman & Fan's type 7 (R's default, NumPy's 'linear', DuckDB's quantile_cont):
 * with h = (n - 1) p, x[floor h] + (h - floor h)(x[floor h + 1] - x[floor h]) on the sorted values,
 * 0-based. Null for no values.
 */
export function quantileType7(values: readonly number[], p: number): number | null {
  checkP(p);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p;
  const below = sorted[Math.floor(h)] ?? 0;
  const above = sorted[Math.min(Math.floor(h) + 1, sorted.length - 1)] ?? below;
  return below + (h - Math.floor(h)) * (above - below);
}

/** The value at 0-based position `index` of the sorted records that `counts` (sorted by value) describes. */
function valueAt(counts: readonly ValueCount[], index: number): number {
  let seen = 0;
  for (const { value, count } of counts) {
    seen += count;
    if (index < seen) return value;
  }
  return counts.at(-1)?.value ?? Number.NaN;
}

/** quantileType7 of the records a histogram of distinct values describes, equal to it on the records. */
export function quantileType7Counted(counts: readonly ValueCount[], p: number): number | null {
  checkP(p);
  if (counts.some(({ count }) => !Number.isInteger(count) || count < 0))
    throw new RangeError('counts must be whole numbers >= 0');
  const sorted = counts.filter(({ count }) => count > 0).sort((a, b) => a.value - b.value);
  const n = sorted.reduce((s, { count }) => s + count, 0);
  if (n === 0) return null;
  const h = (n - 1) * p;
  const below = valueAt(sorted, Math.floor(h));
  const above = valueAt(sorted, Math.min(Math.floor(h) + 1, n - 1));
  return below + (h - Math.floor(h)) * (above - below);
}
