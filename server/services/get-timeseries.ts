import { addMonths, monthStart, yearEarlier } from '../analytics/months.ts';
import type { Timeseries } from '../contract/dashboard.ts';
import type { Db } from '../db/database.ts';
import { monthlyCounts } from '../queries/monthly-counts.ts';
import type { ResolvedFilters } from './resolve-filters.ts';

/** Contacts per month over the period, each beside the same month a year earlier. */
export async function getTimeseries(db: Db, { filters, extent }: ResolvedFilters): Promise<Timeseries> {
  const lastYear = { ...filters, from: yearEarlier(filters.from), to: yearEarlier(filters.to) };
  const rows = await monthlyCounts(db, filters, lastYear);
  const firstMonth = extent.first ? monthStart(extent.first) : null;
  const lastMonth = extent.last ? monthStart(extent.last) : null;
  // A month before the data begin is unknown, not zero.
  const covered = (month: string) =>
    firstMonth !== null && lastMonth !== null && month >= firstMonth && month <= lastMonth;
  return {
    period: { from: filters.from, to: filters.to },
    interval: 'month',
    points: rows.map((r) => ({
      month: r.month.slice(0, 7),
      contacts: r.contacts,
      lastYear: covered(addMonths(r.month, -12)) ? r.last_year : null,
    })),
  };
}
