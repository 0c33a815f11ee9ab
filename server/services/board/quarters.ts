import { addDays, addMonths, monthEnd, monthStart } from '../../analytics/months.ts';
import type { Quarter } from '../../contract/board.ts';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The calendar quarter 'YYYY-Qn' with its first and last day and a label such as 'Jul to Sep 2026'. */
export function quarterOf(id: string): Quarter {
  const year = Number(id.slice(0, 4));
  const q = Number(id.slice(6, 7));
  const first = (q - 1) * 3;
  const from = `${year}-${String(first + 1).padStart(2, '0')}-01`;
  return {
    id,
    label: `${MONTHS[first]} to ${MONTHS[first + 2]} ${year} (Q${q})`,
    from,
    to: addDays(addMonths(from, 3), -1),
  };
}

/** The quarter holding an ISO date. */
export const quarterIdOn = (isoDate: string): string =>
  `${isoDate.slice(0, 4)}-Q${Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1}`;

/** The same quarter a year earlier. */
export const quarterYearEarlier = (id: string): string => `${Number(id.slice(0, 4)) - 1}${id.slice(4)}`;

/**
 * Every quarter the data cover whole, latest first. Sources deliver whole months, so data on any day of
 * a month count as covering that month.
 */
export function completeQuarters(first: string | null, last: string | null): Quarter[] {
  if (first === null || last === null) return [];
  const start = monthStart(first);
  const end = monthEnd(last);
  const out: Quarter[] = [];
  for (let id = quarterIdOn(last); ; id = quarterIdOn(addDays(quarterOf(id).from, -1))) {
    const q = quarterOf(id);
    if (q.from < start) break;
    if (q.to <= end) out.push(q);
  }
  return out;
}

/** True when the data cover every month of the quarter. */
export const coversQuarter = (first: string | null, last: string | null, q: Quarter): boolean =>
  first !== null && last !== null && monthStart(first) <= q.from && monthEnd(last) >= q.to;
