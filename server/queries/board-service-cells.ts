import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { HOURS, RECEIVED, type ServiceSplit } from './board-service-counts.ts';
import { contactFilter } from './contact-filter.ts';

// The service table's counts per agency and category cell: both splits are sums of the same cells, so
// one pass serves them, reading only the columns it needs.

export interface QuarterCell {
  agency: string;
  category: string;
  contacts: number;
  resolved_with_target: number;
  resolved_within_target: number;
  /** Resolution times in whole minutes of the cell's resolved contacts, in no order. */
  minutes: number[];
}

export interface RepeatCallerCount {
  /** Null for the count over every agency and category at once. */
  split: ServiceSplit | null;
  key: string | null;
  callers: number;
}

interface QuarterRow {
  [k: string]: unknown;
  cells: QuarterCell[];
  repeats: RepeatCallerCount[];
}

/**
 * Contacts received in the quarter per cell, with their resolution times, and the repeat callers
 * (two or more matching contacts) by agency, by category and over all: distinct callers, not sums.
 */
export async function quarterCells(
  db: Executor,
  f: Filters,
): Promise<{ cells: QuarterCell[]; repeats: RepeatCallerCount[] }> {
  const rows = await db.all<QuarterRow>(sql`with matched as materialized (
      select c.agency_code as agency, c.category, c.caller_ref, c.sla_target_hours as target,
        c.resolved_at is not null and c.time_precision <> 'month' as resolved, ${HOURS} as hours
      from contact c where ${contactFilter(f)}
    ), cells as (
      select agency, category, count(*)::integer as contacts,
        count(*) filter (where resolved and target is not null)::integer as resolved_with_target,
        count(*) filter (where resolved and target is not null and hours <= target)::integer
          as resolved_within_target,
        coalesce(list(round(hours * 60)::integer) filter (where resolved), []) as minutes
      from matched group by agency, category
    ), callers as (
      select agency, category, caller_ref from matched where caller_ref is not null
    ), repeaters as materialized (
      -- Only callers with two or more contacts in all can repeat within an agency or a category. Their
      -- hashes find them (and rarely a caller sharing a hash) more cheaply than their text; the counts
      -- below group by the text itself, so they stay exact.
      select hash(caller_ref) as h from callers group by h having count(*) >= 2
    ), repeated as materialized (
      select agency, category, caller_ref from callers where hash(caller_ref) in (select h from repeaters)
    ), repeats as (
      select 'agency_code' as split, agency as key, count(*)::integer as callers from (
        select agency from repeated group by agency, caller_ref having count(*) >= 2) group by agency
      union all
      select 'category', category, count(*)::integer from (
        select category from repeated group by category, caller_ref having count(*) >= 2) group by category
      union all
      select null, null, count(*)::integer from (
        select caller_ref from repeated group by caller_ref having count(*) >= 2)
    )
    select coalesce((select list(cells) from cells), []) as cells,
      coalesce((select list(repeats) from repeats), []) as repeats`);
  return { cells: rows[0]?.cells ?? [], repeats: rows[0]?.repeats ?? [] };
}

export interface BacklogCell {
  [k: string]: unknown;
  agency: string;
  category: string;
  backlog: number;
  past_target: number;
}

/**
 * The backlog at the period's end per cell: contacts received by then (the filters' other terms apply)
 * and not resolved by then, leaving out referrals and closures without a time, which left the agency's
 * hands.
 */
export async function backlogCells(db: Executor, f: Filters): Promise<BacklogCell[]> {
  const end = sql`(${f.to}::date + interval 1 day)`;
  const ageHours = sql`(epoch(${end}) - epoch(${RECEIVED})) / 3600.0`;
  return db.all<BacklogCell>(sql`select c.agency_code as agency, c.category, count(*)::integer as backlog,
      count(*) filter (where c.sla_target_hours is not null and ${ageHours} > c.sla_target_hours)::integer
        as past_target
    from contact c
    where ${contactFilter({ ...f, from: '1900-01-01' })} and c.time_precision <> 'month'
      and (c.resolved_at >= ${end} or (c.resolved_at is null and c.status in ('open', 'in_progress')))
    group by c.agency_code, c.category`);
}
