import jstat from 'jstat';
import type { ChartKind } from './control-chart.ts';

/** The one-sided level at which counts count as more variable than Poisson counts. */
const LEVEL = 0.95;

export interface ChartChoice {
  /** What the rule picks. */
  kind: ChartKind;
  mean: number;
  /** Index of dispersion, sample variance / mean; null without two points or with a zero mean. */
  dispersion: number | null;
  /** The most a Poisson series of this length shows 95 times in 100: chi-square(0.95, n - 1) / (n - 1). */
  bound: number | null;
  /** Why, in words, with the figures. */
  reason: string;
}

export const CHART_RULE =
  'Automatic: a c-chart when the counts vary no more than Poisson counts would (dispersion ratio, ' +
  'variance ÷ mean, at most its 95% Poisson bound χ²(0.95, n − 1) ÷ (n − 1)); otherwise XmR, ' +
  'whose limits come from the moving range and assume no distribution.';

const fmt = (v: number) => String(Number(v.toFixed(2)));

/**
 * The control chart a series of counts supports. Poisson counts have variance = mean, so their
 * dispersion ratio D = s^2 / mean follows chi-square(n - 1) / (n - 1); a D above its 95% point means
 * overdispersion (seasons, many causes), and c-chart limits mean +/- 3 sqrt(mean) would be too narrow
 * and flag ordinary points. Large counts are nearly always overdispersed, so they get XmR.
 */
export function chooseControlChart(values: readonly number[]): ChartChoice {
  const n = values.length;
  const mean = n > 0 ? values.reduce((a, b) => a + b, 0) / n : 0;
  if (n < 2 || !(mean > 0)) {
    const reason =
      n < 2 ? 'Too few points to judge the spread: c-chart.' : 'No counts to judge the spread: c-chart.';
    return { kind: 'c', mean, dispersion: null, bound: null, reason };
  }
  const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1);
  const dispersion = variance / mean;
  const bound = jstat.jStat.chisquare.inv(LEVEL, n - 1) / (n - 1);
  const kind: ChartKind = dispersion <= bound ? 'c' : 'xmr';
  const reason =
    kind === 'c'
      ? `Dispersion ratio ${fmt(dispersion)} is within the ${fmt(bound)} that Poisson counts over ${n} points ` +
        'reach 95 times in 100: the counts vary as Poisson counts do, so the c-chart fits.'
      : `Dispersion ratio ${fmt(dispersion)} is above the ${fmt(bound)} that Poisson counts over ${n} points ` +
        'reach 95 times in 100: the counts vary more than a c-chart assumes, so XmR limits are used.';
  return { kind, mean, dispersion, bound, reason };
}
