import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';

export type WindowKind = 'window' | 'moment' | 'month_only' | 'day_only' | 'invalid';

export interface TrendWindowRow {
  [k: string]: unknown;
  kind: WindowKind;
  /** Minutes since Monday 00:00 local time; null for records left out. */
  start_minute: number | null;
  duration_minutes: number | null;
  n: number;
}

/**
 * Contacts grouped by when they happened, for the aoristic hour x weekday view: a from/to window, or a
 * zero-length window at an exact received time, as local time in `timeZone` (timestamps are stored in
 * UTC). Month-only and day-only records, and windows ending before they start, are counted apart.
 * `scope` narrows it further (a condition on contact `c`, e.g. one cell or area of the map).
 */
export async function trendWindows(
  db: Executor,
  f: Filters,
  timeZone: string,
  scope: Sql = sql`true`,
): Promise<TrendWindowRow[]> {
  return db.all<TrendWindowRow>(sql`with classed as (
      select case
          when c.from_at is not null and c.to_at is not null then (case when c.to_at >= c.from_at then 'window' else 'invalid' end)
          when c.time_precision = 'time' and c.received_at is not null then 'moment'
          when c.time_precision = 'month' then 'month_only'
          else 'day_only' end as kind,
        timezone(${timeZone}, (case when c.from_at is not null and c.to_at is not null then c.from_at
          else c.received_at end) at time zone 'UTC') as local_start,
        c.from_at, c.to_at
      from contact c where ${contactFilter(f)} and ${scope}
    )
    select kind,
      case when kind in ('window', 'moment')
        then floor(epoch(local_start - date_trunc('week', local_start)) / 60)::integer end as start_minute,
      case when kind = 'window' then round(epoch(to_at - from_at) / 60)::integer
        when kind = 'moment' then 0 end as duration_minutes,
      count(*)::integer as n
    from classed group by all order by all`);
}
