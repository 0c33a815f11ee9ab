import { checkExposedCount, type ExposedCount, type RateTestResult } from './exposed-count.ts';
import { fit, poissonInto } from './poisson-mass-buffers.ts';

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

// The pair of masses being summed over and the second's cumulative sums, reused like the masses
// (see poisson-mass-buffers.ts): set by nullMasses, read by upperTail and lowerTail.
let upTo: Float64Array = new Float64Array(4096);
let from: Float64Array = new Float64Array(4097);
const at = { n1: 1, n2: 1, one: { start: 0, size: 0, mass: upTo }, two: { start: 0, size: 0, mass: upTo } };

/** The null distribution for the counts k1, k2 (k1 + k2 > 0): Poisson(n1 L) x Poisson(n2 L), L pooled. */
function nullMasses(k1: number, n1: number, k2: number, n2: number): void {
  const pooled = (k1 + k2) / (n1 + n2);
  const [mean1, mean2] = [n1 * pooled, n2 * pooled];
  const one = poissonInto(0, mean1);
  // Equal exposures give equal means: one mass serves both counts.
  const two = mean2 === mean1 ? one : poissonInto(1, mean2);
  upTo = fit(upTo, two.size);
  from = fit(from, two.size + 1);
  for (let i = 0, s = 0; i < two.size; i++) upTo[i] = s += two.mass[i] as number;
  from[two.size] = 0;
  for (let i = two.size - 1, s = 0; i >= 0; i--) from[i] = s += two.mass[i] as number;
  Object.assign(at, { n1, n2, one, two });
}

/** eTestStatistic, operation for operation, with n1^2 and n2^2 worked out once per sweep. */
function statistic(x1: number, n1: number, nn1: number, x2: number, n2: number, nn2: number): number {
  const variance = x1 / nn1 + x2 / nn2;
  return variance === 0 ? 0 : (x1 / n1 - x2 / n2) / Math.sqrt(variance);
}

/**
 * P(T >= c) (upper) or P(T <= c) under the null set by nullMasses. T rises with x1 and falls with x2,
 * so the first x2 index where T drops below (or, lower tail, to or below) c never moves back as x1
 * rises: one sweep.
 */
function tail(c: number, upper: boolean): number {
  const { n1, n2, one, two } = at;
  const [nn1, nn2, m1] = [n1 * n1, n2 * n2, one.mass];
  // Upper tail: the x1 for which even the smallest x2 leaves T below c add nothing; a large c (a real
  // change) makes them most of the sweep, so skip them by bisection (T rises with x1).
  let first = 0;
  if (upper) {
    let high = one.size;
    while (first < high) {
      const mid = (first + high) >>> 1;
      if (statistic(one.start + mid, n1, nn1, two.start, n2, nn2) < c) first = mid + 1;
      else high = mid;
    }
  }
  let p = 0;
  for (let i = first, cut = 0; i < one.size; i++) {
    const x1 = one.start + i;
    for (; cut < two.size; cut++) {
      const tx = statistic(x1, n1, nn1, two.start + cut, n2, nn2);
      if (upper ? tx < c : tx <= c) break;
    }
    p += (m1[i] as number) * (upper ? (cut > 0 ? (upTo[cut - 1] as number) : 0) : (from[cut] as number));
  }
  return Math.min(1, p);
}

/**
 * The tails of the null set by nullMasses. With equal exposures the counts are exchangeable and
 * T(x2, x1) is exactly -T(x1, x2) (the same operations on swapped operands), so P(T <= c) is
 * P(T >= -c) and one sweep serves both tails.
 */
const upperTail = (c: number) => tail(c, true);
const lowerTail = (c: number) => (at.n1 === at.n2 ? tail(-c, true) : tail(c, false));

/** Two-sided: P(|T| >= size), given the tail already worked out on the observed side. */
function twoSided(size: number, observed: number, sameSide: number): number {
  if (size <= TIE) return 1;
  if (at.n1 === at.n2) return Math.min(1, 2 * sameSide);
  return Math.min(1, observed >= 0 ? sameSide + lowerTail(-size + TIE) : upperTail(size - TIE) + sameSide);
}

/**
 * poissonETest(current, previous).pTwoSided alone, without the one-sided tails: the board tests
 * hundreds of cells at once and needs only each two-sided p-value for its correction.
 */
export function eTestPTwoSided(current: ExposedCount, previous: ExposedCount): number {
  checkExposedCount('current', current);
  checkExposedCount('previous', previous);
  const { count: k1, exposure: n1 } = current;
  const { count: k2, exposure: n2 } = previous;
  const statistic = eTestStatistic(k1, n1, k2, n2);
  const size = Math.abs(statistic);
  if (k1 + k2 === 0 || size <= TIE) return 1;
  nullMasses(k1, n1, k2, n2);
  return twoSided(size, statistic, statistic >= 0 ? upperTail(size - TIE) : lowerTail(-size + TIE));
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
  nullMasses(k1, n1, k2, n2);
  const pUp = upperTail(statistic - TIE);
  const pDown = lowerTail(statistic + TIE);
  // The observed side's tail is the one-sided p-value just found (-size + TIE is statistic + TIE).
  const size = Math.abs(statistic);
  return { statistic, pUp, pDown, pTwoSided: twoSided(size, statistic, statistic >= 0 ? pUp : pDown) };
}
