import type { Executor } from '../db/database.ts';
import { join, sql, type Sql } from '../db/sql.ts';
import { scopeWhere, type AssignScope } from './assign-scope.ts';
import { cellKeySql, FINEST_LEVEL, JOIN_LEVELS } from './cell-key.ts';

/** Contacts with usable lon/lat; the range check also keeps cell keys within their bits. */
export const HAS_LON_LAT = sql`c.lon between -180 and 180 and c.lat between -90 and 90`;

const inLevel = (layerId: string, level: number, scope: AssignScope, crossed: boolean): Sql =>
  sql`from contact c join area_cell k on k.cell = ${cellKeySql(level, sql`c.lon`, sql`c.lat`)}
    where k.layer_id = ${layerId} and k.level = ${level} and ${scopeWhere(scope)} and ${HAS_LON_LAT}
      and k.area_code is ${crossed ? sql`null` : sql`not null`}`;

/**
 * Tags each contact in scope lying in a whole-area cell of the layer (one equi-join per level: a
 * point lies in exactly one stored cell or in none), and copies those lying in a crossed cell (an
 * edge runs through it) into temp table geo_exact (seq, id, lon, lat) for the exact test. Returns
 * how many went to geo_exact.
 */
export async function matchCells(db: Executor, scope: AssignScope, layerId: string): Promise<number> {
  const whole = JOIN_LEVELS.map(
    (level) => sql`select c.id, k.area_code ${inLevel(layerId, level, scope, false)}`,
  );
  await db.run(sql`insert into contact_area (contact_id, layer_id, area_code)
    select id, ${layerId}, area_code from (${join(whole, ' union all ')})`);
  await db.run(sql`create or replace temp table geo_exact as
    select row_number() over () as seq, c.id, c.lon, c.lat ${inLevel(layerId, FINEST_LEVEL, scope, true)}`);
  const rows = await db.all<{ n: number }>(sql`select count(*)::integer as n from geo_exact`);
  return rows[0]?.n ?? 0;
}
