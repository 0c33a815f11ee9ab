import { checkExposedCount, type ExposedCount, type RateTestResult } from './exposed-count.ts';
import { poissonMass, type PointMass } from './point-mass.ts';

export interface ETestResult extends RateTestResult {
  /** The Wald statistic T of the observed counts. */
  statistic: number;
}

// Statistics that differ only by rounding are treated as equal, so a tie with the observed one counts.
const TIE = 1e-9;

/** T(x1, x2) = (x1/n1 - x2/n2) / sqrt(x1/n1^2 + x2/n2^2), taken as 0 when both counts are 0. */
export function eTestStatistic(x1: number, n1: number, x2: number, n2: number): number {
  const variance = x1 / (n1 * n1) + x2 / (n2 * n2);
  return variance === 0 ? 0 : (x1 / n1 - x2 / n2) / Math.sqrt(variance);
}

function cumulative(mass: Float64Array): { upTo: Float64Array; from: Float64Array } {
  const upTo = new Float64Array(mass.length);
  const from = new Float64Array(mass.length + 1);
  for (let i = 0, s = 0; i < mass.length; i++) upTo[i] = s += mass[i] ?? 0;
  for (let i = mass.length - 1, s = 0; i >= 0; i--) from[i] = s += mass[i] ?? 0;
  return { upTo, from };
}

/** First index i in [0, length) with T(x1, start + i) below (or, with `orEqual`, at or below) c. */
function firstIndex(length: number, orEqual: boolean, t: (i: number) => number, c: number): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const v = t(mid);
    if (orEqual ? v <= c : v < c) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** P(T >= c) or P(T <= c) under the estimated null; for fixed x1, T falls as x2 rises. */
function tailProbability(m1: PointMass, m2: PointMass, n1: number, n2: number, c: number, upper: boolean) {
  const { upTo, from } = cumulative(m2.mass);
  let p = 0;
  m1.mass.forEach((p1, i) => {
    const t = (j: number) => eTestStatistic(m1.start + i, n1, m2.start + j, n2);
    const cut = firstIndex(m2.mass.length, !upper, t, c);
    p += p1 * (upper ? (cut > 0 ? (upTo[cut - 1] ?? 0) : 0) : (from[cut] ?? 0));
  });
  return Math.min(1, p);
}

/**
 * Krishnamoorthy & Thomson's (2004) E-test that two Poisson rates are equal, with exposures n1 and n2:
 * the p-value is P(T >= t) summed exactly over Poisson(n1 L) x Poisson(n2 L) with L the pooled rate
 * (k1 + k2) / (n1 + n2). Assumes independent events at a constant rate within each period.
 */
export function poissonETest(current: ExposedCount, previous: ExposedCount): ETestResult {
  checkExposedCount('current', current);
  checkExposedCount('previous', previous);
  const { count: k1, exposure: n1 } = current;
  const { count: k2, exposure: n2 } = previous;
  const statistic = eTestStatistic(k1, n1, k2, n2);
  if (k1 + k2 === 0) return { statistic, pUp: 1, pDown: 1, pTwoSided: 1 };
  const pooled = (k1 + k2) / (n1 + n2);
  const m1 = poissonMass(n1 * pooled);
  const m2 = poissonMass(n2 * pooled);
  const tail = (c: number, upper: boolean) => tailProbability(m1, m2, n1, n2, c, upper);
  const size = Math.abs(statistic);
  return {
    statistic,
    pUp: tail(statistic - TIE, true),
    pDown: tail(statistic + TIE, false),
    pTwoSided: size <= TIE ? 1 : Math.min(1, tail(size - TIE, true) + tail(-size + TIE, false)),
  };
}
