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
 * per layer at most). Rows (id, lon, lat) and every column of the cell. Written with the cells on the
 * right, or with the points there when `pointsOnRight`: run as written, the right side holds the hash table.
 */
function pointCells(scope: AssignScope, cells: Sql, atLevels: readonly number[], pointsOnRight = false): Sql {
  const keys = list(atLevels.map((level) => cellKeySql(level, sql`c.lon`, sql`c.lat`)));
  const levels = list(atLevels.map(raw));
  const points = sql`(select c.id, c.lon, c.lat, unnest(${keys}) as cell, unnest(${levels}) as level
      from ${scopeFrom(scope)} and ${HAS_LON_LAT}) p`;
  const k = sql`(${cells}) k`;
  const [left, right] = pointsOnRight ? [k, points] : [points, k];
  return sql`select p.id, p.lon, p.lat, k.* from ${left} join ${right} on k.cell = p.cell and k.level = p.level`;
}

/**
 * Whether a fresh batch's points, one per join level, are fewer than the layers' cells: then the hash
 * table goes on the points. A monthly file of a thousand reports would otherwise hash millions of cells.
 */
export async function fewerPointsThanCells(
  db: Executor,
  scope: AssignScope,
  layers: readonly string[],
): Promise<boolean> {
  const [n] = await db.all<{ points: number }>(sql`select count(*)::double as points
    from ${scopeFrom(scope)} and ${HAS_LON_LAT}`);
  // Counted by layer and summed here: a filter on the layer makes DuckDB scan every row's layer.
  const perLayer = await db.all<{ layer_id: string; n: number }>(
    sql`select layer_id, count(*)::double as n from area_cell group by layer_id`,
  );
  const cells = perLayer.filter((l) => layers.includes(l.layer_id)).reduce((a, l) => a + l.n, 0);
  return (n?.points ?? 0) * JOIN_LEVELS.length < cells;
}

/**
 * Each area of the layers with its place in (layer_id, code) order: sorting rows by that integer gives the
 * same order as sorting by the two strings, at a fraction of the cost.
 */
const areaRanks = (layers: readonly string[]): Sql => sql`select layer_id, code,
    row_number() over (order by layer_id, code) as o
  from area where layer_id in (${layerList(layers)})`;

/** The layers' whole-area cells, each with its area's rank. */
const wholeCells = (
  layers: readonly string[],
): Sql => sql`select k.layer_id, k.level, k.cell, k.area_code, a.o
  from area_cell k join (${areaRanks(layers)}) a on a.layer_id = k.layer_id and a.code = k.area_code`;

/**
 * Contact_area rows of the scope's points in whole-area cells, with their area's rank (o). A few points go
 * in the hash table and every cell is looked up in it, ranked once matched; many points are looked up in
 * the table of the layers' ranked cells.
 */
export const wholeCellMatches = (scope: AssignScope, layers: readonly string[], fewPoints: boolean): Sql =>
  fewPoints
    ? sql`select m.id, m.layer_id, m.area_code, a.o from (${pointCells(
        scope,
        sql`select layer_id, level, cell, area_code from area_cell`,
        JOIN_LEVELS,
        true,
      )}) m join (${areaRanks(layers)}) a on a.layer_id = m.layer_id and a.code = m.area_code`
    : sql`select id, layer_id, area_code, o from (${pointCells(scope, wholeCells(layers), JOIN_LEVELS)})`;

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
  // ids into about half the blocks. DuckDB cannot estimate a fresh batch's points (it has guessed thousands
  // for millions): the join runs as written, its hash table on whichever side is smaller.
  const insert = (fewPoints: boolean) =>
    db.run(sql`insert into contact_area (contact_id, layer_id, area_code)
    select id, layer_id, area_code from (${wholeCellMatches(scope, layers, fewPoints)}) order by o, id`);
  if (isFresh(scope)) {
    const fewPoints = await fewerPointsThanCells(db, scope, layers);
    await withJoinsAsWritten(db, () => insert(fewPoints));
  } else await insert(false);
  await db.run(sql`create or replace temp table geo_exact as
    select layer_id, row_number() over (partition by layer_id) as seq, id, lon, lat
    from (${pointCells(scope, crossedCells(layers), [FINEST_LEVEL])})`);
  const rows = await db.all<{ layer_id: string; n: number }>(
    sql`select layer_id, count(*)::integer as n from geo_exact group by layer_id`,
  );
  for (const r of rows) crossed.set(r.layer_id, r.n);
  return crossed;
}
