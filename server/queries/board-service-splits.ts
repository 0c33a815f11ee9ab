import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import type { BacklogRow, ServiceCountRow, ServiceSplit } from './board-service-counts.ts';
import { contactFilter } from './contact-filter.ts';

// Both splits of the service table in one pass each: grouping sets by agency and by category.
type Split<T> = T & { split: ServiceSplit };

const SPLIT = sql`case when grouping(c.agency_code) = 0 then 'agency_code' else 'category' end`;
const KEY = sql`case when grouping(c.agency_code) = 0 then c.agency_code else c.category end`;
const HOURS = sql`(epoch(c.resolved_at) - epoch(coalesce(c.received_at, c.received_on + interval 12 hour))) / 3600.0`;

export interface ServiceTimesRow {
  [k: string]: unknown;
  split: ServiceSplit;
  key: string;
  /** Resolution times in whole minutes, ascending, and how many contacts took each. */
  minutes: number[];
  n: number[];
}

/**
 * serviceTimes of queries/board-service-counts.ts, by agency and by category: each histogram as two
 * lists in one row per agency or category, as tens of thousands of rows cost more to read than to count.
 */
export function serviceTimesBySplit(db: Executor, f: Filters): Promise<ServiceTimesRow[]> {
  return db.all<ServiceTimesRow>(sql`with counted as (
      select ${SPLIT} as split, ${KEY} as key, round(${HOURS} * 60)::integer as minutes, count(*)::integer as n
      from contact c where ${contactFilter(f)} and c.resolved_at is not null and c.time_precision <> 'month'
      group by grouping sets ((c.agency_code, minutes), (c.category, minutes))
    )
    select split, key, list(minutes order by minutes) as minutes, list(n order by minutes) as n
    from counted group by split, key`);
}

/**
 * serviceCounts of queries/board-service-counts.ts, by agency and by category, and the repeat callers
 * over all of them (split null): callers with two or more matching contacts.
 */
export function serviceCountsBySplit(
  db: Executor,
  f: Filters,
): Promise<(ServiceCountRow & { split: ServiceSplit | null })[]> {
  return db.all<ServiceCountRow & { split: ServiceSplit | null }>(sql`with matched as materialized (
      select * from contact c where ${contactFilter(f)}
    ), callers as (
      select case grouping(agency_code, category) when 1 then 'agency_code' when 2 then 'category' end as split,
        case grouping(agency_code, category) when 1 then agency_code when 2 then category end as key
      from matched c where c.caller_ref is not null
      group by grouping sets ((agency_code, caller_ref), (category, caller_ref), (caller_ref))
      having count(*) >= 2
    ), repeats as (
      select split, key, count(*) as n from callers group by all
    ), counts as (
      select ${SPLIT} as split, ${KEY} as key, count(*)::integer as contacts,
        count(*) filter (where c.resolved_at is not null and c.sla_target_hours is not null
          and c.time_precision <> 'month')::integer as resolved_with_target,
        count(*) filter (where c.resolved_at is not null and c.sla_target_hours is not null
          and c.time_precision <> 'month' and ${HOURS} <= c.sla_target_hours)::integer as resolved_within_target
      from matched c group by grouping sets ((c.agency_code), (c.category))
    )
    select coalesce(k.split, r.split) as split, coalesce(k.key, r.key) as key,
      coalesce(k.contacts, 0) as contacts, coalesce(k.resolved_with_target, 0) as resolved_with_target,
      coalesce(k.resolved_within_target, 0) as resolved_within_target,
      coalesce(r.n, 0)::integer as repeat_callers
    from counts k full join repeats r on r.split is not distinct from k.split and r.key is not distinct from k.key`);
}

/** serviceBacklog of queries/board-service-counts.ts, by agency and by category. */
export function serviceBacklogBySplit(db: Executor, f: Filters): Promise<Split<BacklogRow>[]> {
  const end = sql`(${f.to}::date + interval 1 day)`;
  const ageHours = sql`(epoch(${end}) - epoch(coalesce(c.received_at, c.received_on + interval 12 hour))) / 3600.0`;
  return db.all<Split<BacklogRow>>(sql`select ${SPLIT} as split, ${KEY} as key, count(*)::integer as backlog,
      count(*) filter (where c.sla_target_hours is not null and ${ageHours} > c.sla_target_hours)::integer
        as past_target
    from contact c
    where ${contactFilter({ ...f, from: '1900-01-01' })} and c.time_precision <> 'month'
      and (c.resolved_at >= ${end} or (c.resolved_at is null and c.status in ('open', 'in_progress')))
    group by grouping sets ((c.agency_code), (c.category))`);
}
