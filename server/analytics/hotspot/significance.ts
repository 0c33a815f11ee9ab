import jstat from 'jstat';

// server/analytics/jstat.d.ts declares only jStat's chi-square; its normal distribution is typed here.
const normal = (jstat.jStat as unknown as { normal: { cdf(x: number, mean: number, sd: number): number } })
  .normal;

/** Confidence classes of a hotspot map, from the FDR-adjusted p-value and the sign of z. */
export type HotspotClass =
  'hot_99' | 'hot_95' | 'hot_90' | 'cold_99' | 'cold_95' | 'cold_90' | 'not_significant';

/**
 * Two-sided p-value of a standard normal z-score, 2 P(Z > |z|). jStat's tail has an absolute error
 * near 1e-16, so p below about 1e-15 is only good to that; NaN gives NaN.
 */
export const twoSidedP = (z: number): number => 2 * normal.cdf(-Math.abs(z), 0, 1);

/**
 * Benjamini-Hochberg adjusted p-values (the step-up FDR procedure, as R's p.adjust(method = "BH")):
 * p_adj(i) = min over j with rank(j) >= rank(i) of min(1, m p(j) / rank(j)). Valid for independent or
 * positively dependent tests (overlapping Gi* neighbourhoods are positively correlated). NaN stays NaN
 * and does not count in m.
 */
export function bhAdjust(p: ArrayLike<number>): Float64Array {
  const out = new Float64Array(p.length).fill(Number.NaN);
  let m = 0;
  for (let i = 0; i < p.length; i++) if (!Number.isNaN(p[i] as number)) m++;
  const sorted = new Float64Array(m);
  for (let i = 0, j = 0; i < p.length; i++) if (!Number.isNaN(p[i] as number)) sorted[j++] = p[i] as number;
  // A typed array sorts numbers without a comparator: several times quicker than ordering indices.
  sorted.sort();
  const adjusted = new Float64Array(m);
  let running = 1;
  for (let k = 0; k < m; k++) {
    const j = m - 1 - k;
    running = Math.min(running, (m / (m - k)) * (sorted[j] as number));
    adjusted[j] = running;
  }
  // Tied p-values take the value of the first of them met from the largest down (the last in `sorted`).
  for (let i = 0; i < p.length; i++) {
    const x = p[i] as number;
    if (!Number.isNaN(x)) out[i] = adjusted[lastAtMost(sorted, x)] as number;
  }
  return out;
}

/** The last index of an ascending array holding a value <= x (x is in it). */
function lastAtMost(sorted: Float64Array, x: number): number {
  let [lo, hi] = [0, sorted.length - 1];
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((sorted[mid] as number) <= x) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * Class at 99/95/90% confidence: hot_99 when z > 0 and the FDR-adjusted p < 0.01, hot_95 when < 0.05,
 * hot_90 when < 0.10; cold_* alike for z < 0; otherwise not significant. Rejecting where adjusted
 * p < alpha is the BH procedure at FDR level alpha.
 */
export function hotspotClass(z: number, pAdjusted: number): HotspotClass {
  if (!(pAdjusted < 0.1) || z === 0 || Number.isNaN(z)) return 'not_significant';
  const level = pAdjusted < 0.01 ? '99' : pAdjusted < 0.05 ? '95' : '90';
  return z > 0 ? `hot_${level}` : `cold_${level}`;
}

export interface Significance {
  /** Two-sided normal p-values. */
  p: Float64Array;
  /** Benjamini-Hochberg adjusted over every non-NaN z. */
  pAdjusted: Float64Array;
  /** null where z is NaN (outside the study area). */
  classes: (HotspotClass | null)[];
}

/** p, BH-adjusted p and the hotspot class of every z-score; NaN z (outside the study area) are left out. */
export function significance(z: ArrayLike<number>): Significance {
  const p = new Float64Array(z.length);
  for (let i = 0; i < z.length; i++) p[i] = Number.isNaN(z[i]) ? Number.NaN : twoSidedP(z[i] as number);
  const pAdjusted = bhAdjust(p);
  const classes: (HotspotClass | null)[] = [];
  for (let i = 0; i < z.length; i++) {
    const zi = z[i] as number;
    classes.push(Number.isNaN(zi) ? null : hotspotClass(zi, pAdjusted[i] as number));
  }
  return { p, pAdjusted, classes };
}
