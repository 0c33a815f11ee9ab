import type { Filters } from '../contract/filters.ts';
import type { CountKind } from '../contract/trends.ts';
import type { Executor } from '../db/database.ts';
import { join, sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';
import { incidentOf } from './trend-counts.ts';

export interface Period {
  from: string;
  to: string;
}

/**
 * Reports or incidents matching the filters (but for their period) in each of `periods`, in one pass
 * over the span from the first to the last of them (the area filter, a join, runs once, not per period).
 */
export async function trendPeriodCounts(
  db: Executor,
  f: Filters,
  periods: readonly Period[],
  count: CountKind,
): Promise<number[]> {
  if (periods.length === 0) return [];
  const span = {
    from: periods.map((p) => p.from).reduce((a, b) => (b < a ? b : a)),
    to: periods.map((p) => p.to).reduce((a, b) => (b > a ? b : a)),
  };
  const where = contactFilter({ ...f, ...span });
  // Reports are counted per day first and the days summed per period; incidents need their ids.
  const source =
    count === 'reports'
      ? sql`(select c.received_on as day, count(*) as n from contact c where ${where} group by 1)`
      : sql`(select c.received_on as day, ${incidentOf} as incident from contact c where ${where})`;
  const each = periods.map((p) => {
    const during = sql`filter (where day between ${p.from}::date and ${p.to}::date)`;
    return count === 'reports' ? sql`coalesce(sum(n) ${during}, 0)` : sql`count(distinct incident) ${during}`;
  });
  const q = sql`select [${join(each, ', ')}]::integer[] as n from ${source}`;
  const rows = await db.all<{ n: number[] }>(q);
  return rows[0]?.n ?? periods.map(() => 0);
}
