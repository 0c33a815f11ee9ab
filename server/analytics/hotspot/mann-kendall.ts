import { twoSidedP } from './significance.ts';

export interface MannKendall {
  n: number;
  /** S = sum over i < j of sign(x_j - x_i). */
  s: number;
  /** Var(S) = [n(n-1)(2n+5) - sum over tie groups t(t-1)(2t+5)] / 18. */
  varS: number;
  /** (S - sign(S)) / sqrt(Var S): the normal approximation with continuity correction; 0 when S = 0. */
  z: number;
  /** Two-sided p-value of z. */
  p: number;
  /** Kendall's tau-a, S / (n(n-1)/2): the direction and strength of the trend. */
  tau: number;
}

/**
 * Mann-Kendall test for a monotonic trend in a series in time order (equally spaced, no gaps), with the
 * tie correction to the variance and the normal approximation (fair from about n = 8; below that the
 * p-value is rough). Assumes no serial correlation beyond the trend.
 */
export function mannKendall(series: readonly number[]): MannKendall {
  const n = series.length;
  let s = 0;
  for (let i = 0; i < n - 1; i++) {
    for (let j = i + 1; j < n; j++) s += Math.sign((series[j] as number) - (series[i] as number));
  }
  // Tie groups as runs of equal values in sorted order: cheaper than a Map for each of thousands of cells.
  const sorted = Float64Array.from(series).sort();
  let tieTerm = 0;
  for (let i = 0; i < n;) {
    let j = i + 1;
    while (j < n && sameValue(sorted[j] as number, sorted[i] as number)) j++;
    const t = j - i;
    tieTerm += t * (t - 1) * (2 * t + 5);
    i = j;
  }
  const varS = (n * (n - 1) * (2 * n + 5) - tieTerm) / 18;
  const z = s === 0 || !(varS > 0) ? 0 : (s - Math.sign(s)) / Math.sqrt(varS);
  const pairs = (n * (n - 1)) / 2;
  return { n, s, varS, z, p: twoSidedP(z), tau: pairs > 0 ? s / pairs : 0 };
}

// As a Map's keys compare: NaN with NaN too.
const sameValue = (a: number, b: number) => a === b || (Number.isNaN(a) && Number.isNaN(b));
