import { checkExposedCount, type ExposedCount, type RateTestResult } from './exposed-count.ts';
import { binomialMass } from './point-mass.ts';

// R's binom.test and SciPy's binomtest count outcomes this close to the observed probability as ties.
const RELATIVE_TIE = 1 + 1e-7;

/**
 * The conditional test of two equal Poisson rates: given k1 + k2 = N events, k1 is Binomial(N, n1 / (n1 + n2))
 * under the null. Exact, a little conservative; two-sided by summing outcomes no more likely than the observed.
 */
export function conditionalBinomialTest(current: ExposedCount, previous: ExposedCount): RateTestResult {
  checkExposedCount('current', current);
  checkExposedCount('previous', previous);
  const k = current.count;
  const trials = k + previous.count;
  if (trials === 0) return { pUp: 1, pDown: 1, pTwoSided: 1 };
  const { start, mass } = binomialMass(trials, current.exposure / (current.exposure + previous.exposure));
  const observed = mass[k - start] ?? 0;
  let pUp = 0;
  let pDown = 0;
  let pTwoSided = 0;
  mass.forEach((p, i) => {
    if (start + i >= k) pUp += p;
    if (start + i <= k) pDown += p;
    if (p <= observed * RELATIVE_TIE) pTwoSided += p;
  });
  return { pUp: Math.min(1, pUp), pDown: Math.min(1, pDown), pTwoSided: Math.min(1, pTwoSided) };
}
