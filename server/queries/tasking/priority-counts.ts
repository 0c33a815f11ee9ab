import { listValue } from '@duckdb/node-api';
import type { Executor } from '../../db/database.ts';
import { sql, type Sql } from '../../db/sql.ts';

export interface CountWindows {
  from: string;
  to: string;
  previousFrom: string;
  repeatFrom: string;
}

export interface CategoryCountRow {
  [k: string]: unknown;
  problem_id: number;
  category: string;
  current: number;
  previous: number;
}

export interface RepeatCallerRow {
  [k: string]: unknown;
  problem_id: number;
  callers: number;
}

/** Contacts tagged with each problem's place, in its categories, from `since` to `w.to`. */
const placeContacts = (ids: readonly number[], since: string, to: string): Sql => sql`select
      p.id as problem_id, c.id, c.category, c.received_on, c.caller_ref, c.vulnerable,
      coalesce(c.incident_id, c.id) as complaint
    from problem p
      join contact_area ca on ca.layer_id = p.layer_id and ca.area_code = p.id::varchar
      join contact c on c.id = ca.contact_id
    where list_contains(${listValue([...ids])}::integer[], p.id)
      and (len(p.categories) = 0 or list_contains(p.categories, c.category))
      and c.received_on between ${since}::date and ${to}::date`;

/** Per problem and category: contacts in the current window and in the previous one. */
export async function problemCategoryCounts(
  db: Executor,
  ids: readonly number[],
  w: CountWindows,
): Promise<CategoryCountRow[]> {
  if (ids.length === 0) return [];
  return db.all<CategoryCountRow>(sql`with hits as (${placeContacts(ids, w.previousFrom, w.to)})
    select problem_id, category,
      count(*) filter (where received_on >= ${w.from}::date)::integer as current,
      count(*) filter (where received_on < ${w.from}::date)::integer as previous
    from hits group by 1, 2 order by 1, 2`);
}

/**
 * Per problem: callers with a vulnerability flag and at least `minimum` complaints (linked reports of one
 * incident once) in the place and categories from `w.repeatFrom` to `w.to`.
 */
export async function vulnerableRepeatCallers(
  db: Executor,
  ids: readonly number[],
  w: CountWindows,
  minimum: number,
): Promise<RepeatCallerRow[]> {
  if (ids.length === 0) return [];
  return db.all<RepeatCallerRow>(sql`with hits as (${placeContacts(ids, w.repeatFrom, w.to)}),
    callers as (
      select problem_id, caller_ref from hits where caller_ref is not null
      group by 1, 2 having count(distinct complaint) >= ${minimum} and bool_or(vulnerable)
    )
    select problem_id, count(*)::integer as callers from callers group by 1 order by 1`);
}
