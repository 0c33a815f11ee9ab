export interface ControlLimits {
  centre: number;
  upper: number;
  lower: number;
}

const mean = (values: readonly number[]) => values.reduce((s, v) => s + v, 0) / values.length;

/**
 * c-chart limits for counts per equal period, mean +/- 3 sqrt(mean), the lower floored at 0: the counts
 * are taken as Poisson (variance = mean) with equal opportunity in each period.
 */
export function cChartLimits(counts: readonly number[]): ControlLimits {
  if (counts.length === 0) throw new RangeError('a c-chart needs at least one count');
  const centre = mean(counts);
  const spread = 3 * Math.sqrt(centre);
  return { centre, upper: centre + spread, lower: Math.max(0, centre - spread) };
}

/** The XmR scaling constant 3 / d2, with d2 = 1.128 for moving ranges of two points. */
export const XMR_SCALE = 2.66;

/**
 * XmR (individuals) limits, mean +/- 2.66 x the mean moving range |x(i) - x(i-1)|: assumes no particular
 * distribution, only that neighbouring points vary as the whole series would without a cause. The lower
 * limit is not floored; one below 0 simply cannot be crossed by a count.
 */
export function xmrLimits(values: readonly number[]): ControlLimits & { meanMovingRange: number } {
  if (values.length < 2) throw new RangeError('an XmR chart needs at least two values');
  const centre = mean(values);
  const meanMovingRange = mean(values.slice(1).map((v, i) => Math.abs(v - (values[i] ?? v))));
  const spread = XMR_SCALE * meanMovingRange;
  return { centre, upper: centre + spread, lower: centre - spread, meanMovingRange };
}
