import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { join, sql } from '../db/sql.ts';
import { list } from './contact-filter.ts';
import { EMPTY_MATRIX, type TrendMatrixRow } from './hour-week-kinds.ts';

/** The matrix of the filters' whole months `months` (no area), as trend-matrix.ts returns it. */
export async function hourWeekFromRollup(
  db: Executor,
  f: Filters,
  months: { first: string; last: string },
): Promise<TrendMatrixRow> {
  const parts = [sql`r.month between ${months.first}::date and ${months.last}::date`];
  if (f.category.length > 0) parts.push(sql`r.category in (${list(f.category)})`);
  if (f.agency.length > 0) parts.push(sql`r.agency_code in (${list(f.agency)})`);
  const where = join(parts, ' and ');
  const [row] = await db.all<TrendMatrixRow>(sql`with weights as (
      select cell, sum(weight) as w from hour_week_rollup r where ${where} group by cell
    ), counts as (select * from hour_week_count r where ${where})
    select (select list(coalesce(w.w, 0) + (select coalesce(sum(every_hour), 0) from counts) order by h.k)
        from range(168) h(k) left join weights w on w.cell = h.k) as cells,
      coalesce(sum(records), 0)::integer as records, coalesce(sum(windowed), 0)::integer as windowed,
      coalesce(sum(month_only), 0)::integer as month_only, coalesce(sum(day_only), 0)::integer as day_only,
      coalesce(sum(invalid), 0)::integer as invalid
    from counts`);
  return row ?? EMPTY_MATRIX;
}
