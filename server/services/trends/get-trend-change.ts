import { addDays, monthEnd, monthStart, toMs, yearEarlier } from '../../analytics/months.ts';
import { CHANGE_RULE, changeVerdict } from '../../analytics/trends/change-verdict.ts';
import type { ChangeComparison, CountKind, TrendChange } from '../../contract/trends.ts';
import type { Db } from '../../db/database.ts';
import type { DataExtent } from '../../queries/data-extent.ts';
import { trendPeriodCounts, type Period } from '../../queries/trend-period-counts.ts';
import type { ResolvedFilters } from '../resolve-filters.ts';

const daysIn = (p: Period) => Math.round((toMs(p.to) - toMs(p.from)) / 86_400_000) + 1;

// Sources deliver whole months, so data from any day of a month count as covering that month.
const covers = (extent: DataExtent, p: Period) =>
  extent.first !== null &&
  extent.last !== null &&
  monthStart(extent.first) <= p.from &&
  monthEnd(extent.last) >= p.to;

/** The period's count against the one before of equal length and the same period last year, by the E-test. */
export async function getTrendChange(
  db: Db,
  { filters, extent }: ResolvedFilters,
  count: CountKind,
): Promise<TrendChange> {
  const days = daysIn(filters);
  const earlier: [ChangeComparison['kind'], Period][] = [
    ['previous_period', { from: addDays(filters.from, -days), to: addDays(filters.from, -1) }],
    ['same_period_last_year', { from: yearEarlier(filters.from), to: yearEarlier(filters.to) }],
  ];
  const [current = 0, ...before] = await trendPeriodCounts(
    db,
    filters,
    [filters, ...earlier.map(([, p]) => p)],
    count,
  );
  const comparisons = earlier.map(([kind, period], i): ChangeComparison => {
    const previous = before[i] ?? 0;
    const v = changeVerdict(
      { count: current, exposure: days },
      { count: previous, exposure: daysIn(period) },
    );
    return {
      kind,
      period,
      current,
      previous,
      complete: covers(extent, period),
      verdict: v.verdict,
      explanation: v.explanation,
      pUp: v.eTest.pUp,
      pDown: v.eTest.pDown,
      pTwoSided: v.eTest.pTwoSided,
      percent: v.percent,
      wheelerZ: v.wheelerZ,
    };
  });
  return { period: { from: filters.from, to: filters.to }, count, rule: CHANGE_RULE, comparisons };
}
