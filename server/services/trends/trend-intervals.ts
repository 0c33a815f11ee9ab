import { addDays, monthEnd } from '../../analytics/months.ts';
import type { Interval } from '../../contract/trends.ts';

export interface IntervalSpan {
  start: string;
  end: string;
  /** The period covers only part of it. */
  partial: boolean;
}

/** Each interval's last day, and whether the period [from, to] cuts it short. */
export function intervalSpans(
  starts: readonly string[],
  interval: Interval,
  from: string,
  to: string,
): IntervalSpan[] {
  return starts.map((start) => {
    const end = interval === 'day' ? start : interval === 'week' ? addDays(start, 6) : monthEnd(start);
    return { start, end, partial: start < from || end > to };
  });
}
