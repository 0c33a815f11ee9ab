import type { Interval } from '../poisson-interval.ts';
import { wilsonInterval } from './proportion-interval.ts';
import { quantileType7Counted, quantileType7Runs, type ValueCount } from './quantile.ts';

/** A record's time to resolution, or for one still open its age so far; hours or days, all alike. */
export interface ServiceRecord {
  open: boolean;
  time: number;
  /** The SLA target in the same unit; null when the record has none. */
  target: number | null;
}

/** The same, pre-aggregated in SQL: resolved times as a histogram, the rest as counts. */
export interface ServiceCounts {
  resolvedTimes: readonly ValueCount[];
  /** Resolved records with a target, and how many of them were resolved within it. */
  resolvedWithTarget: number;
  resolvedWithinTarget: number;
  open: number;
  /** Open records already older than their target: breaches not yet counted in the share. */
  openPastTarget: number;
}

export interface ServiceLevels {
  resolved: number;
  open: number;
  openPastTarget: number;
  median: number | null;
  p90: number | null;
  resolvedWithTarget: number;
  resolvedWithinTarget: number;
  /** Share of resolved records with a target resolved within it (at or under it); null with none. */
  shareWithinTarget: number | null;
  shareInterval: Interval | null;
}

/**
 * Service levels from aggregates: median and 90th percentile of resolution time (type 7 quantiles of
 * resolved records), share resolved within target with its Wilson interval; open records are counted
 * apart, as their resolution time is not yet known.
 */
export function serviceLevelsFromCounts(counts: ServiceCounts): ServiceLevels {
  return levelsOf(counts, {
    resolved: counts.resolvedTimes.reduce((s, { count }) => s + count, 0),
    median: quantileType7Counted(counts.resolvedTimes, 0.5),
    p90: quantileType7Counted(counts.resolvedTimes, 0.9),
  });
}

/** ServiceCounts with the resolved times as ascending runs of whole minutes (say one per table cell). */
export interface ServiceMinutes extends Omit<ServiceCounts, 'resolvedTimes'> {
  resolvedMinutes: readonly Int32Array[];
}

/** serviceLevelsFromCounts of the same records, in hours, without merging the runs into a histogram. */
export function serviceLevelsFromMinutes(counts: ServiceMinutes): ServiceLevels {
  return levelsOf(counts, {
    resolved: counts.resolvedMinutes.reduce((s, r) => s + r.length, 0),
    median: quantileType7Runs(counts.resolvedMinutes, 0.5, 60),
    p90: quantileType7Runs(counts.resolvedMinutes, 0.9, 60),
  });
}

function levelsOf(
  counts: Omit<ServiceCounts, 'resolvedTimes'>,
  times: Pick<ServiceLevels, 'resolved' | 'median' | 'p90'>,
): ServiceLevels {
  const { resolvedWithTarget: withTarget, resolvedWithinTarget: within } = counts;
  return {
    resolved: times.resolved,
    open: counts.open,
    openPastTarget: counts.openPastTarget,
    median: times.median,
    p90: times.p90,
    resolvedWithTarget: withTarget,
    resolvedWithinTarget: within,
    shareWithinTarget: withTarget > 0 ? within / withTarget : null,
    shareInterval: withTarget > 0 ? wilsonInterval(within, withTarget) : null,
  };
}

/** serviceLevelsFromCounts from individual records. */
export function serviceLevels(records: Iterable<ServiceRecord>): ServiceLevels {
  const times = new Map<number, number>();
  const counts = { resolvedWithTarget: 0, resolvedWithinTarget: 0, open: 0, openPastTarget: 0 };
  for (const { open, time, target } of records) {
    if (!(time >= 0) || !Number.isFinite(time)) throw new RangeError(`time must be finite and >= 0: ${time}`);
    const late = target !== null && time > target;
    if (open) {
      counts.open++;
      if (late) counts.openPastTarget++;
      continue;
    }
    times.set(time, (times.get(time) ?? 0) + 1);
    if (target !== null) counts.resolvedWithTarget++;
    if (target !== null && !late) counts.resolvedWithinTarget++;
  }
  const resolvedTimes = [...times].map(([value, count]) => ({ value, count }));
  return serviceLevelsFromCounts({ ...counts, resolvedTimes });
}
