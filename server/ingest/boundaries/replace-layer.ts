import { listValue } from '@duckdb/node-api';
import type { Executor } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';

export interface KeptAreaData {
  codes: string[];
  populations: (number | null)[];
}

/** The populations of a layer's areas, to put back on the same codes after replacing its geometry. */
export async function keepAreaData(tx: Executor, layerId: string): Promise<KeptAreaData> {
  const rows = await tx.all<{ code: string; population: number | null }>(
    sql`select code, population from area where layer_id = ${layerId} and population is not null`,
  );
  return { codes: rows.map((r) => r.code), populations: rows.map((r) => r.population) };
}

/** Drops a layer's layer row, areas, lookup cells and contact tags, keeping its area data tables. */
export async function clearLayerGeometry(tx: Executor, layerId: string): Promise<void> {
  await tx.run(sql`delete from contact_area where layer_id = ${layerId}`);
  await tx.run(sql`delete from area_cell where layer_id = ${layerId}`);
  await tx.run(sql`delete from area where layer_id = ${layerId}`);
  await tx.run(sql`delete from boundary_layer where id = ${layerId}`);
}

/** Puts kept populations back and drops area data of codes the new geometry no longer has; returns how many dropped. */
export async function restoreAreaData(tx: Executor, layerId: string, kept: KeptAreaData): Promise<number> {
  if (kept.codes.length > 0)
    await tx.run(sql`update area set population = k.population
      from (select unnest(${listValue(kept.codes)}::varchar[]) as code,
                   unnest(${listValue(kept.populations)}::integer[]) as population) k
      where area.layer_id = ${layerId} and area.code = k.code`);
  const gone = await tx.all<{ n: number }>(sql`select count(*)::integer as n from area_deprivation d
    where d.layer_id = ${layerId} and d.area_code not in (select code from area where layer_id = ${layerId})`);
  await tx.run(sql`delete from area_deprivation where layer_id = ${layerId}
    and area_code not in (select code from area where layer_id = ${layerId})`);
  const lostPopulation = kept.codes.length - (await countWithPopulation(tx, layerId));
  return (gone[0]?.n ?? 0) + lostPopulation;
}

async function countWithPopulation(tx: Executor, layerId: string): Promise<number> {
  const rows = await tx.all<{ n: number }>(
    sql`select count(*)::integer as n from area where layer_id = ${layerId} and population is not null`,
  );
  return rows[0]?.n ?? 0;
}
