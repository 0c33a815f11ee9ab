import type { Executor } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';

/** One stored area's name and GeoJSON outline (text), or null when the layer has no such area. */
export async function placeArea(
  db: Executor,
  layerId: string,
  code: string,
): Promise<{ name: string; geometry: string } | null> {
  const [row] = await db.all<{ name: string; geometry: string }>(
    sql`select name, geometry::varchar as geometry from area where layer_id = ${layerId} and code = ${code}`,
  );
  return row ?? null;
}

/** Names a problem's place after the problem, wherever the filter bar or a map shows it. */
export async function renamePlace(db: Executor, layerId: string, code: string, name: string): Promise<void> {
  await db.run(sql`update boundary_layer set name = ${name} where id = ${layerId}`);
  await db.run(sql`update area set name = ${name} where layer_id = ${layerId} and code = ${code}`);
}
