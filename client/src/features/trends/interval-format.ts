import { formatDate, formatMonth, formatMonthShort } from '../../lib/format.ts';

type Interval = 'day' | 'week' | 'month';

/** An interval's start as an axis tick. */
export const tickOf = (interval: Interval) => (start: string) =>
  interval === 'month' ? formatMonthShort(start) : formatDate(start).replace(/ \d{4}$/, '');

/** An interval in full, for tooltips and tables. */
export const nameOf = (interval: Interval, start: string): string =>
  interval === 'month'
    ? formatMonth(start)
    : interval === 'week'
      ? `Week of ${formatDate(start)}`
      : formatDate(start);
