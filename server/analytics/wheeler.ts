import type { Change } from '../contract/dashboard.ts';

/** |z| at or beyond this is a real change rather than noise. */
export const REAL_CHANGE_Z = 3;

/**
 * Wheeler's z for two Poisson counts, 2(sqrt(a) - sqrt(b)): the square root stabilises the variance
 * so z is roughly standard normal when nothing has changed.
 */
export const wheelerZ = (current: number, previous: number): number =>
  2 * (Math.sqrt(current) - Math.sqrt(previous));

/** A count now against a count before, with the percentage only as context for the verdict. */
export function changeBetween(current: number, previous: number): Change {
  const z = wheelerZ(current, previous);
  return {
    current,
    previous,
    percent: previous > 0 ? ((current - previous) / previous) * 100 : null,
    wheelerZ: z,
    verdict: z >= REAL_CHANGE_Z ? 'up' : z <= -REAL_CHANGE_Z ? 'down' : 'no_real_change',
  };
}
