import { checkExposedCount, type ExposedCount, type RateTestResult } from './exposed-count.ts';
import { poissonMass } from './point-mass.ts';

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

/**
 * P(T >= c) or P(T <= c) under the estimated null, for the counts k1, k2 (k1 + k2 > 0) with exposures
 * n1, n2. T rises with x1 and falls with x2, so the first x2 index where T drops below (or, lower tail,
 * to or below) c never moves back as x1 rises: one sweep.
 */
function nullTail(k1: number, n1: number, k2: number, n2: number): (c: number, upper: boolean) => number {
  const pooled = (k1 + k2) / (n1 + n2);
  const m1 = poissonMass(n1 * pooled);
  const m2 = poissonMass(n2 * pooled);
  const { upTo, from } = cumulative(m2.mass);
  return (c, upper) => {
    let p = 0;
    let cut = 0;
    for (let i = 0; i < m1.mass.length; i++) {
      const x1 = m1.start + i;
      while (cut < m2.mass.length) {
        const t = eTestStatistic(x1, n1, m2.start + cut, n2);
        if (upper ? t < c : t <= c) break;
        cut++;
      }
      const p1 = m1.mass[i] ?? 0;
      p += p1 * (upper ? (cut > 0 ? (upTo[cut - 1] ?? 0) : 0) : (from[cut] ?? 0));
    }
    return Math.min(1, p);
  };
}

const twoSided = (tail: (c: number, upper: boolean) => number, size: number) =>
  size <= TIE ? 1 : Math.min(1, tail(size - TIE, true) + tail(-size + TIE, false));

/**
 * poissonETest(current, previous).pTwoSided alone, without the one-sided tails: the board tests
 * hundreds of cells at once and needs only each two-sided p-value for its correction.
 */
export function eTestPTwoSided(current: ExposedCount, previous: ExposedCount): number {
  checkExposedCount('current', current);
  checkExposedCount('previous', previous);
  const { count: k1, exposure: n1 } = current;
  const { count: k2, exposure: n2 } = previous;
  const size = Math.abs(eTestStatistic(k1, n1, k2, n2));
  if (k1 + k2 === 0 || size <= TIE) return 1;
  return twoSided(nullTail(k1, n1, k2, n2), size);
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
  const tail = nullTail(k1, n1, k2, n2);
  return {
    statistic,
    pUp: tail(statistic - TIE, true),
    pDown: tail(statistic + TIE, false),
    pTwoSided: twoSided(tail, Math.abs(statistic)),
  };
}
