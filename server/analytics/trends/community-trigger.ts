import { toMs } from '../months.ts';

/** One caller's or location's complaints: ISO dates (YYYY-MM-DD), one per complaint, in any order. */
export interface EntityEvents {
  id: string;
  dates: readonly string[];
}

export interface TriggerOptions {
  /** Complaints needed within one window (3: the community trigger). */
  threshold?: number;
  /** Length of the window in days, counting the first and last day (183: six months). */
  windowDays?: number;
}

export interface TriggerResult {
  id: string;
  complaints: number;
  /** The most complaints within any one window. */
  mostInWindow: number;
  triggered: boolean;
  /** The first complaint date and the one that met the threshold, the first time it was met. */
  firstTrigger: { from: string; to: string } | null;
}

const DAY_MS = 86_400_000;

/** Most events within `windowDays` consecutive days, and where the threshold was first reached. */
function scan(dates: string[], threshold: number, windowDays: number) {
  let most = 0;
  let firstTrigger: TriggerResult['firstTrigger'] = null;
  for (let start = 0, end = 0; end < dates.length; end++) {
    const last = toMs(dates[end] ?? '');
    while ((last - toMs(dates[start] ?? '')) / DAY_MS >= windowDays) start++;
    const inWindow = end - start + 1;
    most = Math.max(most, inWindow);
    if (inWindow >= threshold && !firstTrigger)
      firstTrigger = { from: dates[end - threshold + 1] ?? '', to: dates[end] ?? '' };
  }
  return { most, firstTrigger };
}

/**
 * Repeat callers or locations for case review: an entity is triggered when `threshold` or more complaints
 * fall within `windowDays` consecutive days (the first and last complaint at most windowDays - 1 days
 * apart). Every complaint counts, several on one day too; linked duplicate reports should be merged first.
 */
export function communityTrigger(
  entities: Iterable<EntityEvents>,
  { threshold = 3, windowDays = 183 }: TriggerOptions = {},
): TriggerResult[] {
  if (!Number.isInteger(threshold) || threshold < 1)
    throw new RangeError(`threshold must be >= 1: ${threshold}`);
  if (!Number.isInteger(windowDays) || windowDays < 1)
    throw new RangeError(`windowDays must be >= 1: ${windowDays}`);
  return [...entities].map(({ id, dates }) => {
    if (dates.some((d) => Number.isNaN(toMs(d)))) throw new RangeError(`${id}: dates must be YYYY-MM-DD`);
    const sorted = [...dates].sort();
    const { most, firstTrigger } = scan(sorted, threshold, windowDays);
    return { id, complaints: sorted.length, mostInWindow: most, triggered: most >= threshold, firstTrigger };
  });
}
