import type { Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';

/** Which contacts an assignment covers: one load batch, or every contact. */
export type AssignScope = { batchId: number } | 'all';

/** The scope as a where-clause over `contact c`. */
export const scopeWhere = (scope: AssignScope): Sql =>
  scope === 'all' ? sql`true` : sql`c.batch_id = ${scope.batchId}`;

/**
 * The scope's contact_area rows as a where-clause over contact_area: the id range first, which
 * zone maps answer cheaply (a batch's ids are adjacent), then exact membership.
 */
export async function scopeTags(db: Executor, scope: AssignScope): Promise<Sql> {
  if (scope === 'all') return sql`true`;
  const [range] = await db.all<{ lo: number | null; hi: number | null }>(
    sql`select min(c.id)::double as lo, max(c.id)::double as hi from contact c where ${scopeWhere(scope)}`,
  );
  return sql`contact_id between ${range?.lo ?? 0} and ${range?.hi ?? -1}
    and contact_id in (select c.id from contact c where ${scopeWhere(scope)})`;
}
