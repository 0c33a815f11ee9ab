import type { Interval } from '../poisson-interval.ts';

/** The normal quantile for 95%. */
export const Z95 = 1.959963984540054;

/**
 * Wilson score interval for a proportion of `successes` out of `trials` (independent records, one common
 * chance); stays inside [0, 1] and behaves near 0 and 1, unlike the plain normal interval.
 */
export function wilsonInterval(successes: number, trials: number, z = Z95): Interval {
  if (!Number.isInteger(trials) || trials < 1)
    throw new RangeError(`trials must be a whole number >= 1: ${trials}`);
  if (!Number.isInteger(successes) || successes < 0 || successes > trials)
    throw new RangeError(`successes must be a whole number from 0 to trials: ${successes}`);
  const p = successes / trials;
  const z2 = z * z;
  const centre = (p + z2 / (2 * trials)) / (1 + z2 / trials);
  const half = (z / (1 + z2 / trials)) * Math.sqrt((p * (1 - p)) / trials + z2 / (4 * trials * trials));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
