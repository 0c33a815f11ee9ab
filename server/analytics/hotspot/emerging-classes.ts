/** Emerging hotspot patterns (ESRI's Emerging Hot Spot Analysis categories), hot and cold. */
export type EmergingClass = `${EmergingPattern}_${'hot' | 'cold'}` | 'none';

export type EmergingPattern =
  | 'new'
  | 'consecutive'
  | 'intensifying'
  | 'persistent'
  | 'diminishing'
  | 'sporadic'
  | 'oscillating'
  | 'historical';

/** One cell's series: Gi* z per time slice, whether each slice was significant, and the Mann-Kendall trend of z. */
export interface CellSeries {
  z: readonly number[];
  significant: readonly boolean[];
  trend: { s: number; p: number };
}

/** Share of slices that must be significant in one direction for the "mostly hot" patterns (ESRI's 90%). */
export const MOSTLY = 0.9;

/**
 * The pattern of one cell, with hot and cold alike (for cold read "cold" for "hot" and a falling z for
 * a rising one). "Hot" below means significant with z > 0; "significant" means either way.
 * - intensifying: hot in at least 90% of slices, the last included, and z rises significantly (Mann-Kendall).
 * - diminishing: hot in at least 90% of slices, the last included, and z falls significantly.
 * - persistent: hot in at least 90% of slices, the last included, with no significant trend.
 * - new: hot in the last slice only, never significant before.
 * - consecutive: one unbroken run of 2 or more hot slices ending with the last, never significant
 *   before the run, and hot in under 90% of slices.
 * - oscillating: hot in the last slice, under 90% hot, and significantly cold in some earlier slice.
 * - sporadic: hot on and off in under 90% of slices (the last need not be hot) and never cold.
 * - historical: hot in at least 90% of slices but not in the last.
 * A cell significant in the last slice takes a pattern of that sign; otherwise historical, then
 * sporadic, else none. Where ESRI's wording leaves an overlap, new and consecutive need no earlier
 * cold slice (a cold history makes it oscillating).
 */
export function classifyEmerging(cell: CellSeries, trendAlpha: number): EmergingClass {
  // +1 significant hot, -1 significant cold, 0 not significant, per slice.
  const dirs = cell.z.map((z, t) => (cell.significant[t] ? Math.sign(z) : 0));
  const final = dirs[dirs.length - 1] ?? 0;
  if (final !== 0) return withLast(dirs, final, cell.trend, trendAlpha);
  for (const sign of [1, -1]) if (mostly(dirs, sign)) return named('historical', sign);
  const [hot, cold] = [count(dirs, 1), count(dirs, -1)];
  if (hot > 0 && cold === 0) return 'sporadic_hot';
  if (cold > 0 && hot === 0) return 'sporadic_cold';
  return 'none';
}

function withLast(dirs: number[], sign: number, trend: CellSeries['trend'], alpha: number): EmergingClass {
  if (mostly(dirs, sign)) {
    const way = trend.p < alpha ? Math.sign(trend.s) * sign : 0;
    return named(way > 0 ? 'intensifying' : way < 0 ? 'diminishing' : 'persistent', sign);
  }
  let runStart = dirs.length - 1;
  while (runStart > 0 && dirs[runStart - 1] === sign) runStart -= 1;
  if (dirs.slice(0, runStart).every((d) => d === 0)) {
    return named(runStart === dirs.length - 1 ? 'new' : 'consecutive', sign);
  }
  return named(count(dirs, -sign) > 0 ? 'oscillating' : 'sporadic', sign);
}

const count = (dirs: readonly number[], sign: number): number => dirs.filter((d) => d === sign).length;

// count / n is the double nearest the true share, so a share of exactly 90% compares equal to MOSTLY.
const mostly = (dirs: readonly number[], sign: number): boolean => count(dirs, sign) / dirs.length >= MOSTLY;

const named = (pattern: EmergingPattern, sign: number): EmergingClass =>
  `${pattern}_${sign > 0 ? 'hot' : 'cold'}`;
