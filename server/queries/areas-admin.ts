import { listValue } from '@duckdb/node-api';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { isHiddenLayer } from '../contract/hidden-layers.ts';

export interface AreaGeometryRow {
  [k: string]: unknown;
  code: string;
  geometry: string;
}

export async function layerIds(db: Executor): Promise<string[]> {
  const rows = await db.all<{ id: string }>(sql`select id from boundary_layer order by id`);
  return rows.map((r) => r.id);
}

/** The loaded boundary layers, without hidden ones (drawn, problem, evaluation): only these decide "out of area". */
export async function realLayerIds(db: Executor): Promise<string[]> {
  return (await layerIds(db)).filter((id) => !isHiddenLayer(id));
}

/** The layer's areas with their GeoJSON geometry as text. */
export async function layerGeometries(db: Executor, layerId: string): Promise<AreaGeometryRow[]> {
  return db.all<AreaGeometryRow>(
    sql`select code, geometry::varchar as geometry from area where layer_id = ${layerId} order by code`,
  );
}

export async function layerAreaCodes(db: Executor, layerId: string): Promise<Set<string>> {
  const rows = await db.all<{ code: string }>(sql`select code from area where layer_id = ${layerId}`);
  return new Set(rows.map((r) => r.code));
}

/** Removes a layer with everything derived from it: areas, lookup cells, contact tags, area data. */
export async function deleteLayer(db: Executor, layerId: string): Promise<void> {
  await db.run(sql`delete from contact_area where layer_id = ${layerId}`);
  await db.run(sql`delete from area_cell where layer_id = ${layerId}`);
  await db.run(sql`delete from area_deprivation where layer_id = ${layerId}`);
  await db.run(sql`delete from area_data_source where layer_id = ${layerId}`);
  await db.run(sql`delete from area where layer_id = ${layerId}`);
  await db.run(sql`delete from boundary_layer where id = ${layerId}`);
}

export async function hasLookupCells(db: Executor, layerId: string): Promise<boolean> {
  const rows = await db.all<{ n: number }>(
    sql`select count(*)::integer as n from (select 1 from area_cell where layer_id = ${layerId} limit 1)`,
  );
  return (rows[0]?.n ?? 0) > 0;
}

export async function deleteLookupCells(db: Executor, layerId: string): Promise<void> {
  await db.run(sql`delete from area_cell where layer_id = ${layerId}`);
}

/**
 * Appends lookup cells from a headerless CSV of `level,cell,codeIndex` lines (codeIndex empty for a
 * crossed cell); codes holds the area codes the zero-based indexes point into.
 */
export async function insertLookupCells(
  db: Executor,
  layerId: string,
  csvFile: string,
  codes: readonly string[],
): Promise<void> {
  await db.run(sql`insert into area_cell (layer_id, level, cell, area_code)
    select ${layerId}, f.level, f.cell, c.code
    from read_csv(${csvFile}, header = false, columns = {'level': 'tinyint', 'cell': 'bigint', 'k': 'integer'}) f
    left join (select unnest(${listValue([...codes])}::varchar[]) as code,
                      generate_subscripts(${listValue([...codes])}::varchar[], 1) - 1 as k) c on c.k = f.k`);
}

export interface LayerSummaryRow {
  [k: string]: unknown;
  id: string;
  name: string;
  source: string | null;
  areas: number;
  with_population: number;
  with_deprivation: number;
  contacts: number;
}

/** Each layer with how many of its areas have population and deprivation, and contacts tagged with it. */
export async function layerSummaries(db: Executor): Promise<LayerSummaryRow[]> {
  return db.all<LayerSummaryRow>(sql`select l.id, l.name, l.source,
      (select count(*) from area a where a.layer_id = l.id)::integer as areas,
      (select count(*) from area a where a.layer_id = l.id and a.population is not null)::integer as with_population,
      (select count(*) from area_deprivation d where d.layer_id = l.id)::integer as with_deprivation,
      (select count(*) from contact_area ca where ca.layer_id = l.id)::integer as contacts
    from boundary_layer l order by l.id`);
}
