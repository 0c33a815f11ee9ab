import { addDays, addMonths, isMonthEnd, monthEnd } from '../months.ts';

export interface WindowLength {
  unit: 'month' | 'day';
  n: number;
}

export interface RepeatWindows {
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  label: string;
}

/** The same day n months earlier, clamped to the month's length; a month end stays a month end. */
export function monthsEarlier(isoDate: string, n: number): string {
  const month = addMonths(isoDate, -n);
  if (isMonthEnd(isoDate)) return monthEnd(month);
  const day = addDays(month, Number(isoDate.slice(8, 10)) - 1);
  return day > monthEnd(month) ? monthEnd(month) : day;
}

const startOf = (to: string, w: WindowLength) =>
  w.unit === 'day' ? addDays(to, -(w.n - 1)) : addDays(monthsEarlier(to, w.n), 1);

/**
 * A rolling window of n months or days ending on `to` (both ends included), and the window of the same
 * length just before it: 6 months to 31 Mar 2025 is 1 Oct 2024 to 31 Mar 2025, before it 1 Apr to 30 Sep 2024.
 */
export function repeatWindows(to: string, w: WindowLength): RepeatWindows {
  const from = startOf(to, w);
  const previousTo = addDays(from, -1);
  const unit = w.unit === 'day' ? 'day' : 'month';
  return {
    from,
    to,
    previousFrom: startOf(previousTo, w),
    previousTo,
    label: `${w.n} ${unit}${w.n === 1 ? '' : 's'}`,
  };
}
