import { twoSidedP } from '../hotspot/significance.ts';
import type { BeforeAfter } from './displacement.ts';

const Z95 = 1.959963984540054;
export const SIGNIFICANCE_LEVEL = 0.05;

export interface RelativeChangeTest {
  /** (Zb Ca) / (Za Cb): above 1 the zone fell relative to the control, below 1 it rose. */
  oddsRatio: number | null;
  low: number | null;
  high: number | null;
  z: number | null;
  p: number | null;
  significant: boolean;
}

export const TEST_RULE =
  'The change in a zone against the control is the odds ratio OR = (Zb x Ca) / (Za x Cb) (before b, after ' +
  'a), above 1 a fall relative to the control. ln OR is taken as normal with variance 1/Za + 1/Zb + 1/Ca + ' +
  '1/Cb (Farrington and Welsh, as in crime-prevention meta-analyses); z = ln OR / sqrt(variance), a ' +
  'two-sided p and a 95% interval follow. Significant when p < 0.05. A zero count in any of the four ' +
  'leaves the test undone: it is said, not estimated.';

const untested: RelativeChangeTest = {
  oddsRatio: null,
  low: null,
  high: null,
  z: null,
  p: null,
  significant: false,
};

/**
 * The odds-ratio test of a zone's before-after change against the control's (Farrington and Welsh 2005):
 * assumes Poisson counts, so ln OR is roughly normal with variance the sum of the reciprocal counts.
 * Any zero count: no test (every figure null).
 */
export function relativeChange(zone: BeforeAfter, control: BeforeAfter): RelativeChangeTest {
  const counts = [zone.before, zone.after, control.before, control.after];
  if (counts.some((n) => n <= 0)) return untested;
  const logOr = Math.log((zone.before * control.after) / (zone.after * control.before));
  const se = Math.sqrt(counts.reduce((s, n) => s + 1 / n, 0));
  const z = logOr / se;
  const p = twoSidedP(z);
  return {
    oddsRatio: Math.exp(logOr),
    low: Math.exp(logOr - Z95 * se),
    high: Math.exp(logOr + Z95 * se),
    z,
    p,
    significant: p < SIGNIFICANCE_LEVEL,
  };
}

/** The zone's change against the control in %, ((Za/Zb) / (Ca/Cb) - 1) x 100 = (1/OR - 1) x 100. */
export const percentAgainstControl = (t: RelativeChangeTest): number | null =>
  t.oddsRatio === null ? null : (1 / t.oddsRatio - 1) * 100;
