import { poissonMass } from '../trends/point-mass.ts';
import { bhAdjust } from './significance.ts';

// R's poisson.test counts outcomes this close to the observed probability as ties.
const RELATIVE_TIE = 1 + 1e-7;

export interface PoissonTest {
  /** P(X >= observed): the area has more than expected. */
  pAbove: number;
  /** P(X <= observed). */
  pBelow: number;
  /** Sum of the probabilities no larger than the observed one (R's poisson.test, two-sided). */
  pTwoSided: number;
}

/**
 * Exact test of one Poisson count against a known mean (R's poisson.test(x, r = mean)). Assumes the
 * events are independent at a constant rate, so extra-Poisson variation between areas makes it liberal.
 */
export function poissonTest(observed: number, expected: number): PoissonTest {
  if (!Number.isInteger(observed) || observed < 0)
    throw new RangeError(`observed must be a whole number >= 0: ${observed}`);
  if (!(expected >= 0) || !Number.isFinite(expected))
    throw new RangeError(`expected must be finite and >= 0: ${expected}`);
  const { start, mass } = poissonMass(expected);
  const at = mass[observed - start] ?? 0;
  let [pAbove, pBelow, pTwoSided] = [0, 0, 0];
  mass.forEach((p, i) => {
    if (start + i >= observed) pAbove += p;
    if (start + i <= observed) pBelow += p;
    if (p <= at * RELATIVE_TIE) pTwoSided += p;
  });
  return { pAbove: Math.min(1, pAbove), pBelow: Math.min(1, pBelow), pTwoSided: Math.min(1, pTwoSided) };
}

export type VersusForce = 'above' | 'below' | 'not_different';

export interface AreaInput {
  contacts: number;
  /** Residents; null or 0 leaves the area out of the test. */
  population: number | null;
}

export interface AreaVerdict {
  /** Contacts the area would have at the force-wide rate. */
  expected: number;
  pValue: number;
  /** Benjamini-Hochberg adjusted over the tested areas. */
  pAdjusted: number;
  verdict: VersusForce;
}

/**
 * Each area's count against population x force-wide rate per resident: the exact two-sided Poisson
 * test, Benjamini-Hochberg across the areas with residents, and "above" or "below" where the adjusted
 * p < alpha. Areas without residents get null.
 */
export function versusForceRate(
  areas: readonly AreaInput[],
  ratePerResident: number,
  alpha = 0.05,
): (AreaVerdict | null)[] {
  const tested = areas.map((a) => a.population !== null && a.population > 0);
  const expected = areas.map((a, i) => (tested[i] ? (a.population as number) * ratePerResident : 0));
  const p = areas.map((a, i) =>
    tested[i] ? poissonTest(a.contacts, expected[i] as number).pTwoSided : Number.NaN,
  );
  const adjusted = bhAdjust(p);
  return areas.map((a, i) => {
    if (!tested[i]) return null;
    const e = expected[i] as number;
    const q = adjusted[i] as number;
    const verdict: VersusForce =
      q < alpha && a.contacts !== e ? (a.contacts > e ? 'above' : 'below') : 'not_different';
    return { expected: e, pValue: p[i] as number, pAdjusted: q, verdict };
  });
}
