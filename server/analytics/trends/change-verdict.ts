import { wheelerZ } from '../wheeler.ts';
import { conditionalBinomialTest } from './conditional-test.ts';
import { rateOf, type ExposedCount, type RateTestResult } from './exposed-count.ts';
import { poissonETest, type ETestResult } from './poisson-e-test.ts';

/**
 * The significance level of Wheeler's rule |z| >= 3: z = 2(sqrt(a) - sqrt(b)) has variance about 2 when
 * nothing changed (each 2 sqrt(count) has about 1), so the rule is |N(0, 1)| >= 3 / sqrt(2).
 */
export const WHEELER_ALPHA = 0.03389485352468927;

export const CHANGE_RULE =
  'Up when the Poisson E-test p-value for a rise is at most half the significance level (0.017 by default), ' +
  'down when the p-value for a fall is; otherwise no real change. The two directions together hold the ' +
  "standard of Wheeler's |z| >= 3, and the periods' lengths or populations may differ.";

export type Verdict = 'up' | 'down' | 'no_real_change';

export interface ChangeVerdict {
  verdict: Verdict;
  /** The verdict in a sentence for the page, with the evidence. */
  explanation: string;
  currentRate: number;
  previousRate: number;
  /** Context only: never shown without the verdict. Null when there was nothing before. */
  percent: number | null;
  eTest: ETestResult;
  /** The exact conditional (binomial) test, as a cross-check. */
  conditional: RateTestResult;
  /** Wheeler's z, only when the exposures are equal (it compares counts, not rates). */
  wheelerZ: number | null;
}

const pText = (p: number) => (p < 0.0001 ? 'p < 0.0001' : `p = ${p.toPrecision(2)}`);

function explain(verdict: Verdict, e: ETestResult): string {
  if (verdict === 'up') return `Up: a rise more than chance would explain (Poisson E-test, ${pText(e.pUp)}).`;
  if (verdict === 'down')
    return `Down: a fall more than chance would explain (Poisson E-test, ${pText(e.pDown)}).`;
  return `No real change: the difference is within what chance alone produces (Poisson E-test, ${pText(e.pTwoSided)}).`;
}

/** The verdict and its evidence from the E-test alone (what the board shows, without the cross-checks). */
export type ETestVerdict = Omit<ChangeVerdict, 'conditional' | 'wheelerZ'>;

/** changeVerdict without its cross-checks, which cost as much again. */
export function eTestVerdict(
  current: ExposedCount,
  previous: ExposedCount,
  alpha = WHEELER_ALPHA,
): ETestVerdict {
  if (!(alpha > 0 && alpha < 1)) throw new RangeError(`alpha must be in (0, 1): ${alpha}`);
  const eTest = poissonETest(current, previous);
  const verdict: Verdict =
    eTest.pUp <= alpha / 2 ? 'up' : eTest.pDown <= alpha / 2 ? 'down' : 'no_real_change';
  const currentRate = rateOf(current);
  const previousRate = rateOf(previous);
  return {
    verdict,
    explanation: explain(verdict, eTest),
    currentRate,
    previousRate,
    percent: previousRate > 0 ? ((currentRate - previousRate) / previousRate) * 100 : null,
    eTest,
  };
}

/**
 * Up, down or no real change between two Poisson counts with their exposures, by the rule in
 * CHANGE_RULE; assumes independent events at a constant rate within each period.
 */
export function changeVerdict(
  current: ExposedCount,
  previous: ExposedCount,
  alpha = WHEELER_ALPHA,
): ChangeVerdict {
  return {
    ...eTestVerdict(current, previous, alpha),
    conditional: conditionalBinomialTest(current, previous),
    wheelerZ: current.exposure === previous.exposure ? wheelerZ(current.count, previous.count) : null,
  };
}
