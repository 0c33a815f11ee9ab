import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';
import { HOURS, RECEIVED, type ServiceSplit } from './board-service-counts.ts';
import { contactFilter } from './contact-filter.ts';
import { rollupReady } from './contact-rollup.ts';
import { dayAfter } from './period-parts.ts';

// The service table's counts per agency and category cell: both splits are sums of the same cells, so
// one statement serves them, reading only the columns it needs.

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

export interface BacklogCell {
  [k: string]: unknown;
  agency: string;
  category: string;
  backlog: number;
  past_target: number;
}

export interface ServiceCells {
  cells: QuarterCell[];
  repeats: RepeatCallerCount[];
  backlog: BacklogCell[];
}

interface ServiceRow extends ServiceCells {
  [k: string]: unknown;
}

/**
 * f over `c` (contact or service_open) but its area, which `area_ids` holds: the statement looks an area's
 * contacts up once, among the few its parts can count, not among every contact of the area.
 */
function filterOf(f: Filters, area: boolean): Sql {
  const rest = contactFilter({ ...f, area: null });
  return area ? sql`${rest} and c.id in (select contact_id from area_ids)` : rest;
}

/**
 * The contacts in the backlog at the period's end (`c`, with area or not): received by then (the
 * filters' other terms apply) and not resolved by then, leaving out referrals and closures without a
 * time, which left the agency's hands. At a month's end (a quarter's always) only the contacts of
 * service_open can be open, so while it is current they are read instead of every contact ever received.
 */
function openAtEnd(f: Filters, fromOpen: boolean, area: boolean): { rows: Sql; received: Sql } {
  const end = sql`${dayAfter(f.to)}::timestamp`;
  const ever = filterOf({ ...f, from: '1900-01-01' }, area);
  if (fromOpen)
    return {
      rows: sql`service_open c where ${ever} and (c.resolved_at >= ${end} or c.resolved_at is null)`,
      received: sql`c.received`,
    };
  return {
    rows: sql`contact c where ${ever} and c.time_precision <> 'month'
      and (c.resolved_at >= ${end} or (c.resolved_at is null and c.status in ('open', 'in_progress')))`,
    received: RECEIVED,
  };
}

/** The backlog per cell, and how much of it is older than its target at the period's end. */
function backlogOf(f: Filters, fromOpen: boolean): Sql {
  const { rows, received } = openAtEnd(f, fromOpen, f.area !== null);
  const age = sql`(epoch(${dayAfter(f.to)}::timestamp) - epoch(${received})) / 3600.0`;
  return sql`select c.agency_code as agency, c.category, count(*)::integer as backlog,
      count(*) filter (where c.sla_target_hours is not null and ${age} > c.sla_target_hours)::integer
        as past_target
    from ${rows} group by all`;
}

/** The area's contacts among those of the period and of the backlog (probing the area for a few). */
function areaIds(f: Filters, fromOpen: boolean): Sql {
  if (!f.area) return sql``;
  return sql`candidates as materialized (
      select c.id from contact c where ${filterOf(f, false)}
      union all select c.id from ${openAtEnd(f, fromOpen, false).rows}
    ), area_ids as materialized (
      select contact_id from contact_area where layer_id = ${f.area.layer} and area_code = ${f.area.code}
        and contact_id in (select id from candidates)
    ), `;
}

/**
 * Contacts received in the period per cell, with their resolution times; the repeat callers (two or
 * more matching contacts) by agency, by category and over all: distinct callers, not sums; and the
 * backlog at the period's end per cell.
 */
export async function serviceCells(db: Executor, f: Filters): Promise<ServiceCells> {
  const fromOpen = dayAfter(f.to).endsWith('-01') && (await rollupReady(db));
  const area = areaIds(f, fromOpen);
  const matched = filterOf(f, f.area !== null);
  // Each contact's hours are worked out once, in the inner select, not once per aggregate using them.
  const rows = await db.all<ServiceRow>(sql`with ${area}cells as (
      select agency, category, count(*)::integer as contacts,
        count(*) filter (where resolved and target is not null)::integer as resolved_with_target,
        count(*) filter (where resolved and target is not null and hours <= target)::integer
          as resolved_within_target,
        coalesce(list(round(hours * 60)::integer) filter (where resolved), []) as minutes
      from (
        select c.agency_code as agency, c.category, c.sla_target_hours as target,
          c.resolved_at is not null and c.time_precision <> 'month' as resolved, ${HOURS} as hours
        from contact c where ${matched}
      ) group by agency, category
    ), callers as materialized (
      select c.agency_code as agency, c.category, c.caller_ref, hash(c.caller_ref) as h
      from contact c where ${matched} and c.caller_ref is not null
    ), repeaters as materialized (
      -- Only callers with two or more contacts in all can repeat within an agency or a category. Their
      -- hashes find them (and rarely a caller sharing a hash) more cheaply than their text; the counts
      -- below group by the text itself, so they stay exact.
      select h from callers group by h having count(*) >= 2
    ), repeated as materialized (
      select agency, category, caller_ref from callers where h in (select h from repeaters)
    ), repeats as (
      select 'agency_code' as split, agency as key, count(*)::integer as callers from (
        select agency from repeated group by agency, caller_ref having count(*) >= 2) group by agency
      union all
      select 'category', category, count(*)::integer from (
        select category from repeated group by category, caller_ref having count(*) >= 2) group by category
      union all
      select null, null, count(*)::integer from (
        select caller_ref from repeated group by caller_ref having count(*) >= 2)
    ), open_cells as (${backlogOf(f, fromOpen)})
    select coalesce((select list(cells) from cells), []) as cells,
      coalesce((select list(repeats) from repeats), []) as repeats,
      coalesce((select list(open_cells) from open_cells), []) as backlog`);
  return { cells: rows[0]?.cells ?? [], repeats: rows[0]?.repeats ?? [], backlog: rows[0]?.backlog ?? [] };
}
