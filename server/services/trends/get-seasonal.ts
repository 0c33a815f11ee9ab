import { monthEnd, monthStart } from '../../analytics/months.ts';
import { seasonalYears } from '../../analytics/trends/seasonal.ts';
import type { CountKind, Seasonal } from '../../contract/trends.ts';
import type { Db } from '../../db/database.ts';
import { trendCounts } from '../../queries/trend-counts.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';

/**
 * Each calendar year's months overlaid, over every month of data held (the season needs more than the
 * period chosen); the category, agency and area filters apply.
 */
export async function getSeasonal(
  db: Db,
  { filters, extent }: ResolvedFilters,
  count: CountKind,
): Promise<Seasonal> {
  if (!extent.first || !extent.last) return { span: null, ...seasonalYears([]) };
  const span = { from: monthStart(extent.first), to: monthEnd(extent.last) };
  const rows = await trendCounts(
    db,
    { ...filters, ...span },
    {
      interval: 'month',
      split: { kind: 'none' },
      count,
      top: 1,
    },
  );
  const series = rows.map((r) => ({ month: r.start.slice(0, 7), value: r.n }));
  const { months, years } = seasonalYears(series);
  return { span, months, years: years.map((y) => ({ ...y, values: y.values.map((v) => v ?? null) })) };
}
