import type { Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';

/**
 * Which contacts an assignment covers: one load batch, or every contact. `fresh` says the batch was
 * just inserted in this transaction, so it has no contact_area rows to replace yet. `rows`, for a fresh
 * batch, are its contacts as a committed relation (id, lon, lat, easting, northing; coordinates filled)
 * to read instead of contact: DuckDB's estimates leave out rows written in the open transaction, and a
 * join planned on a count of none builds its hash table on the wrong side.
 */
export type AssignScope = { batchId: number; fresh?: boolean; rows?: Sql } | 'all';

export const isFresh = (scope: AssignScope): scope is { batchId: number; fresh: true } =>
  scope !== 'all' && scope.fresh === true;

/** The scope as a where-clause over `contact c`. */
export const scopeWhere = (scope: AssignScope): Sql =>
  scope === 'all' ? sql`true` : sql`c.batch_id = ${scope.batchId}`;

/** The scope's contacts as c, followed by a where clause to extend with `and`. */
export const scopeFrom = (scope: AssignScope): Sql =>
  scope !== 'all' && scope.rows
    ? sql`(${scope.rows}) c where true`
    : sql`contact c where ${scopeWhere(scope)}`;

/** Whether the scope's rows come filled (AssignScope.rows). */
export const comesFilled = (scope: AssignScope): boolean => scope !== 'all' && scope.rows !== undefined;

/**
 * The scope's contact_area rows as a where-clause over contact_area: the id range first, which
 * zone maps answer cheaply (a batch's ids are adjacent), then exact membership. A fresh batch took
 * the ids above every stored contact, so its range holds no other contact's rows.
 */
export async function scopeTags(db: Executor, scope: AssignScope): Promise<Sql> {
  if (scope === 'all') return sql`true`;
  const [range] = await db.all<{ lo: number | null; hi: number | null }>(
    sql`select min(c.id)::double as lo, max(c.id)::double as hi from contact c where ${scopeWhere(scope)}`,
  );
  const inRange = sql`contact_id between ${range?.lo ?? 0} and ${range?.hi ?? -1}`;
  if (isFresh(scope)) return inRange;
  return sql`${inRange} and contact_id in (select c.id from contact c where ${scopeWhere(scope)})`;
}
