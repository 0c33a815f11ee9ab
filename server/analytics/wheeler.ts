import type { Change } from '../contract/dashboard.ts';

/** |z| at or beyond this is a real change rather than noise (the domain's rule; about 2.1 sd, p ≈ 0.034). */
export const REAL_CHANGE_Z = 3;

/**
 * Wheeler's z for two Poisson counts over equal periods, 2(sqrt(a) - sqrt(b)): each 2·sqrt term has
 * variance about 1, so under no change z is roughly normal with variance 2 (not 1).
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
