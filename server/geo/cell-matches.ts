import type { Executor } from '../db/database.ts';
import { join, sql, type Sql } from '../db/sql.ts';
import { withJoinsAsWritten } from '../db/joins-as-written.ts';
import { isFresh, scopeFrom, type AssignScope } from './assign-scope.ts';
import { cellKeySql, FINEST_LEVEL, JOIN_LEVELS } from './cell-key.ts';

/** Contacts with usable lon/lat; the range check also keeps cell keys within their bits. */
export const HAS_LON_LAT = sql`c.lon between -180 and 180 and c.lat between -90 and 90`;

const list = (xs: readonly Sql[]): Sql => sql`[${join(xs, ', ')}]`;
const raw = (n: number): Sql => ({ text: String(n), params: [] });

const layerList = (layers: readonly string[]): Sql =>
  join(
    layers.map((l) => sql`${l}`),
    ', ',
  );

/**
 * The scope's points joined with `cells` (rows layer_id, level, cell, area_code, ...): one scan of the
 * contacts gives each point its cell key at each of `atLevels`, and one join finds the cells it lies in (one
 * per layer at most). Rows (id, lon, lat) and every column of the cell.
 */
function pointCells(scope: AssignScope, cells: Sql, atLevels: readonly number[]): Sql {
  const keys = list(atLevels.map((level) => cellKeySql(level, sql`c.lon`, sql`c.lat`)));
  const levels = list(atLevels.map(raw));
  return sql`select p.id, p.lon, p.lat, k.*
    from (select c.id, c.lon, c.lat, unnest(${keys}) as cell, unnest(${levels}) as level
      from ${scopeFrom(scope)} and ${HAS_LON_LAT}) p
    join (${cells}) k on k.cell = p.cell and k.level = p.level`;
}

/**
 * The layers' whole-area cells, each with its area's place in (layer_id, area_code) order: sorting rows by
 * that integer gives the same order as sorting by the two strings, at a fraction of the cost.
 */
const wholeCells = (
  layers: readonly string[],
): Sql => sql`select k.layer_id, k.level, k.cell, k.area_code, a.o
  from area_cell k join (select layer_id, code, row_number() over (order by layer_id, code) as o
    from area where layer_id in (${layerList(layers)})) a on a.layer_id = k.layer_id and a.code = k.area_code`;

const crossedCells = (layers: readonly string[]): Sql => sql`select layer_id, level, cell from area_cell
  where area_code is null and level = ${raw(FINEST_LEVEL)} and layer_id in (${layerList(layers)})`;

/**
 * Tags each contact in scope lying in a whole-area cell of each layer, all layers in one statement, and
 * copies those lying in a crossed cell (an edge runs through it) into temp table geo_exact (layer_id,
 * seq, id, lon, lat; seq counting from 1 within a layer) for the exact test. Returns how many per layer.
 */
export async function matchCells(
  db: Executor,
  scope: AssignScope,
  layers: readonly string[],
): Promise<Map<string, number>> {
  const crossed = new Map<string, number>();
  if (layers.length === 0) return crossed;
  // Written by layer and area, as the dashboard reads them; by contact within an area, which compresses the
  // ids into about half the blocks. A fresh batch's points are millions where DuckDB guesses thousands:
  // its hash table goes on the cells, as written.
  const insert = () =>
    db.run(sql`insert into contact_area (contact_id, layer_id, area_code)
    select id, layer_id, area_code from (${pointCells(scope, wholeCells(layers), JOIN_LEVELS)}) order by o, id`);
  await (isFresh(scope) ? withJoinsAsWritten(db, insert) : insert());
  await db.run(sql`create or replace temp table geo_exact as
    select layer_id, row_number() over (partition by layer_id) as seq, id, lon, lat
    from (${pointCells(scope, crossedCells(layers), [FINEST_LEVEL])})`);
  const rows = await db.all<{ layer_id: string; n: number }>(
    sql`select layer_id, count(*)::integer as n from geo_exact group by layer_id`,
  );
  for (const r of rows) crossed.set(r.layer_id, r.n);
  return crossed;
}
