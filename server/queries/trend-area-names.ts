import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

/** Code -> name of every area of a boundary layer. */
export async function trendAreaNames(db: Executor, layerId: string): Promise<Map<string, string>> {
  const rows = await db.all<{ code: string; name: string }>(
    sql`select code, name from area where layer_id = ${layerId}`,
  );
  return new Map(rows.map((r) => [r.code, r.name]));
}
