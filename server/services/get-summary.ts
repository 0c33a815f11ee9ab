import { monthEnd, monthStart, yearEarlier } from '../analytics/months.ts';
import { changeBetween } from '../analytics/wheeler.ts';
import type { Summary } from '../contract/dashboard.ts';
import { CATEGORY_LABEL, type Category } from '../contract/taxonomy.ts';
import type { Db } from '../db/database.ts';
import { categoryCounts } from '../queries/category-counts.ts';
import { periodTotals } from '../queries/period-totals.ts';
import type { DataExtent } from '../queries/data-extent.ts';
import type { ResolvedFilters } from './resolve-filters.ts';

/** The headline figures: volume, honest change on the same period last year, category mix. */
export async function getSummary(db: Db, { filters, extent }: ResolvedFilters): Promise<Summary> {
  const comparison = { from: yearEarlier(filters.from), to: yearEarlier(filters.to) };
  const [now, before, categories] = await Promise.all([
    periodTotals(db, filters),
    periodTotals(db, { ...filters, ...comparison }),
    categoryCounts(db, filters),
  ]);
  const share = (n: number) => (now.contacts > 0 ? n / now.contacts : 0);
  return {
    period: { from: filters.from, to: filters.to },
    comparisonPeriod: comparison,
    contacts: now.contacts,
    changeOnLastYear: changeBetween(now.contacts, before.contacts),
    comparisonComplete: covers(extent, comparison),
    topCategories: categories.map((c) => ({
      category: c.category as Category,
      label: CATEGORY_LABEL[c.category as Category] ?? c.category,
      contacts: c.contacts,
      share: share(c.contacts),
    })),
    agencies: now.agencies,
    monthOnlyShare: share(now.month_only),
    dataExtent: { first: extent.first, last: extent.last },
  };
}

// Sources deliver whole months, so data from any day of a month count as covering that month.
const covers = (extent: DataExtent, p: { from: string; to: string }) =>
  extent.first !== null &&
  extent.last !== null &&
  monthStart(extent.first) <= p.from &&
  monthEnd(extent.last) >= p.to;
