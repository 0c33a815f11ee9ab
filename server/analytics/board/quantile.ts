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

/** How many values of an ascending run are at most v. */
function countAtMost(run: Int32Array, v: number): number {
  let lo = 0;
  let hi = run.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((run[mid] as number) <= v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The value at 0-based position `index` of all the runs' values sorted together, found by bisecting
 * on the value (they are whole numbers), so runs are never merged.
 */
function valueAtOfRuns(runs: readonly Int32Array[], index: number): number {
  let lo = Math.min(...runs.map((r) => r[0] ?? Infinity));
  let hi = Math.max(...runs.map((r) => r[r.length - 1] ?? -Infinity));
  while (lo < hi) {
    const mid = Math.floor((lo + hi) / 2);
    if (runs.reduce((s, r) => s + countAtMost(r, mid), 0) > index) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/**
 * quantileType7 of all the values of several ascending runs of whole numbers (e.g. minutes, one run
 * per table cell), each of the two values it interpolates between divided by `per` first (60: hours), as
 * quantileType7 of the divided values would do. Null for no values.
 */
export function quantileType7Runs(runs: readonly Int32Array[], p: number, per = 1): number | null {
  checkP(p);
  const n = runs.reduce((s, r) => s + r.length, 0);
  if (n === 0) return null;
  const h = (n - 1) * p;
  const below = valueAtOfRuns(runs, Math.floor(h)) / per;
  const above = valueAtOfRuns(runs, Math.min(Math.floor(h) + 1, n - 1)) / per;
  return below + (h - Math.floor(h)) * (above - below);
}
