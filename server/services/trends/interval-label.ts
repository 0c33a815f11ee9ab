import type { Interval } from '../../contract/trends.ts';

const MONTH = new Intl.DateTimeFormat('en-GB', { month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** How a signal description names an interval: "Mar 2025", "week of 3 Mar 2025", "3 Mar 2025". */
export function intervalLabel(start: string, interval: Interval): string {
  const d = new Date(`${start}T00:00:00Z`);
  if (interval === 'month') return MONTH.format(d);
  return interval === 'week' ? `week of ${DAY.format(d)}` : DAY.format(d);
}
