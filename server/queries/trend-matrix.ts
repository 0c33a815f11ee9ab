import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';

export interface TrendMatrixRow {
  [k: string]: unknown;
  /** The 168 hour-of-week cells (weekday * 24 + hour, Monday first), each the weighted records in it. */
  cells: number[];
  records: number;
  windowed: number;
  month_only: number;
  day_only: number;
  invalid: number;
}

const MINUTES_PER_WEEK = 7 * 24 * 60;

/**
 * The aoristic hour x weekday matrix, spread in DuckDB: records are grouped by window as in
 * trend-windows.ts, and each window adds to every hour of the week it overlaps the share of its
 * minutes inside that hour (a known moment all of it; whole weeks evenly over every hour), as
 * analytics/trends/aoristic.ts defines it. Month-only, day-only and invalid records are counted apart.
 */
export async function trendMatrix(db: Executor, f: Filters, timeZone: string): Promise<TrendMatrixRow> {
  // Converting each record's time to local time is most of the work: convert each hour once instead
  // (the zone's offset changes only on the hour, UTC), and add that hour's offset to the record's time.
  const [row] = await db.all<TrendMatrixRow>(sql`with utc as materialized (
      select case
          when c.from_at is not null and c.to_at is not null then (case when c.to_at >= c.from_at then 'window' else 'invalid' end)
          when c.time_precision = 'time' and c.received_at is not null then 'moment'
          when c.time_precision = 'month' then 'month_only'
          else 'day_only' end as kind,
        case when c.from_at is not null and c.to_at is not null then c.from_at else c.received_at end as start,
        c.from_at, c.to_at
      from contact c where ${contactFilter(f)}
    ), offsets as (
      select hour, timezone(${timeZone}, hour at time zone 'UTC') - hour as offset
      from (select distinct date_trunc('hour', start) as hour from utc where start is not null)
    ), classed as (
      select u.kind, u.start + o.offset as local_start, u.from_at, u.to_at
      from utc u left join offsets o on o.hour = date_trunc('hour', u.start)
    ), windows as materialized (
      select kind,
        case when kind in ('window', 'moment')
          then floor(epoch(local_start - date_trunc('week', local_start)) / 60)::integer end as s,
        case when kind = 'window' then round(epoch(to_at - from_at) / 60)::integer
          when kind = 'moment' then 0 end as d,
        count(*)::integer as n
      from classed group by all
    ), spans as (
      select s, d, n, d // ${MINUTES_PER_WEEK} as whole, d % ${MINUTES_PER_WEEK} as rest,
        s // 60 as k1, (s + d % ${MINUTES_PER_WEEK} - 1) // 60 as k2
      from windows where kind in ('window', 'moment')
    ), points as (
      -- Hours counted from Monday 00:00 of the window's week (k1 first, k2 last, up to 335): a window's
      -- first and last hour get their minutes; the hours between get 60 each, added as a step up at
      -- k1 + 1 and down at k2 and summed in order, so the work grows with windows, not their length.
      select s // 60 as k, n::double as v, 0::double as step from spans where d = 0
      union all
      select k1, n * (rest / d), 0 from spans where rest > 0 and k1 = k2
      union all
      select k1, n * (((k1 + 1) * 60 - s) / d), 0 from spans where rest > 0 and k1 < k2
      union all
      select k2, n * ((s + rest - k2 * 60) / d), 0 from spans where rest > 0 and k1 < k2
      union all
      select k1 + 1, 0, n * (60 / d) from spans where rest > 0 and k2 - k1 >= 2
      union all
      select k2, 0, -(n * (60 / d)) from spans where rest > 0 and k2 - k1 >= 2
    ), hours as (
      select h.k, coalesce(sum(p.v), 0) as v, coalesce(sum(p.step), 0) as step
      from range(336) as h(k) left join points p on p.k = h.k group by h.k
    ), spread as (
      select k % 168 as cell, v + sum(step) over (order by k) as w from hours
    ), cells as (
      -- Whole weeks of a window spread evenly: 60 of its minutes in every hour per week.
      select cell, sum(w) + (select coalesce(sum(n * (whole * 60 / d)), 0) from spans where whole > 0) as w
      from spread group by cell
    )
    select (select list(w order by cell) from cells) as cells,
      coalesce(sum(n) filter (where kind in ('window', 'moment')), 0)::integer as records,
      coalesce(sum(n) filter (where kind = 'window'), 0)::integer as windowed,
      coalesce(sum(n) filter (where kind = 'month_only'), 0)::integer as month_only,
      coalesce(sum(n) filter (where kind = 'day_only'), 0)::integer as day_only,
      coalesce(sum(n) filter (where kind = 'invalid'), 0)::integer as invalid
    from windows`);
  return (
    row ?? {
      cells: Array<number>(168).fill(0),
      records: 0,
      windowed: 0,
      month_only: 0,
      day_only: 0,
      invalid: 0,
    }
  );
}
