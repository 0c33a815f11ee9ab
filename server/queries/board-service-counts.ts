import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { ident, sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';

export const SERVICE_SPLITS = ['agency_code', 'category'] as const;
export type ServiceSplit = (typeof SERVICE_SPLITS)[number];

export interface ServiceTimeRow {
  [k: string]: unknown;
  key: string;
  minutes: number;
  n: number;
}

export interface ServiceCountRow {
  [k: string]: unknown;
  key: string;
  contacts: number;
  resolved_with_target: number;
  resolved_within_target: number;
  repeat_callers: number;
}

export interface BacklogRow {
  [k: string]: unknown;
  key: string;
  backlog: number;
  past_target: number;
}

// Day-precision records are taken as received at midday, as the generator and most sources mean them.
const HOURS = sql`(epoch(c.resolved_at) - epoch(coalesce(c.received_at, c.received_on + interval 12 hour))) / 3600.0`;

/** Resolution times in whole minutes (a histogram per split value) of contacts received in the period. */
export async function serviceTimes(db: Executor, split: ServiceSplit, f: Filters): Promise<ServiceTimeRow[]> {
  const key = ident(split, SERVICE_SPLITS);
  return db.all<ServiceTimeRow>(sql`select c.${key} as key, round(${HOURS} * 60)::integer as minutes,
      count(*)::integer as n
    from contact c where ${contactFilter(f)} and c.resolved_at is not null and c.time_precision <> 'month'
    group by 1, 2`);
}

/** Per split value: contacts, resolved ones with an SLA target and within it, repeat callers. */
export async function serviceCounts(
  db: Executor,
  split: ServiceSplit,
  f: Filters,
): Promise<ServiceCountRow[]> {
  const key = ident(split, SERVICE_SPLITS);
  return db.all<ServiceCountRow>(sql`with matched as (select * from contact c where ${contactFilter(f)}),
    callers as (
      select c.${key} as key, c.caller_ref from matched c where c.caller_ref is not null
      group by 1, 2 having count(*) >= 2
    )
    select c.${key} as key, count(*)::integer as contacts,
      count(*) filter (where c.resolved_at is not null and c.sla_target_hours is not null
        and c.time_precision <> 'month')::integer as resolved_with_target,
      count(*) filter (where c.resolved_at is not null and c.sla_target_hours is not null
        and c.time_precision <> 'month' and ${HOURS} <= c.sla_target_hours)::integer as resolved_within_target,
      coalesce(any_value(r.n), 0)::integer as repeat_callers
    from matched c left join (select key, count(*) as n from callers group by 1) r on r.key = c.${key}
    group by 1`);
}

/** Repeat callers over every split value at once: callers with two or more matching contacts. */
export async function repeatCallersTotal(db: Executor, f: Filters): Promise<number> {
  const rows = await db.all<{ n: number }>(sql`select count(*)::integer as n from (
      select c.caller_ref from contact c where ${contactFilter(f)} and c.caller_ref is not null
      group by 1 having count(*) >= 2)`);
  return rows[0]?.n ?? 0;
}

/**
 * The backlog at the period's end: contacts received by then (the filters' other terms apply) and not
 * resolved by then, leaving out referrals and closures without a time, which left the agency's hands.
 */
export async function serviceBacklog(db: Executor, split: ServiceSplit, f: Filters): Promise<BacklogRow[]> {
  const key = ident(split, SERVICE_SPLITS);
  const end = sql`(${f.to}::date + interval 1 day)`;
  const ageHours = sql`(epoch(${end}) - epoch(coalesce(c.received_at, c.received_on + interval 12 hour))) / 3600.0`;
  return db.all<BacklogRow>(sql`select c.${key} as key, count(*)::integer as backlog,
      count(*) filter (where c.sla_target_hours is not null and ${ageHours} > c.sla_target_hours)::integer
        as past_target
    from contact c
    where ${contactFilter({ ...f, from: '1900-01-01' })} and c.time_precision <> 'month'
      and (c.resolved_at >= ${end} or (c.resolved_at is null and c.status in ('open', 'in_progress')))
    group by 1`);
}
