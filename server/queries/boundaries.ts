import { BASE_LAYER_L } from './hidden-layers.ts';
import type { Executor } from '../db/database.ts';
import { join, sql } from '../db/sql.ts';
import type { BoundaryLayer } from '../geo/boundary.ts';

export interface LayerRow {
  [k: string]: unknown;
  id: string;
  name: string;
  source: string | null;
  areas: number;
}

export interface AreaFeatureRow {
  [k: string]: unknown;
  code: string;
  name: string;
  population: number | null;
  /** GeoJSON geometry as stored. */
  geometry: string;
  min_lon: number;
  min_lat: number;
  max_lon: number;
  max_lat: number;
}

const AREAS_PER_INSERT = 200;

/** Stores a layer and its areas; the caller owns the transaction. */
export async function insertBoundaryLayer(db: Executor, layer: BoundaryLayer): Promise<void> {
  await db.run(
    sql`insert into boundary_layer (id, name, source) values (${layer.id}, ${layer.name}, ${layer.source})`,
  );
  for (let i = 0; i < layer.areas.length; i += AREAS_PER_INSERT) {
    const rows = layer.areas.slice(i, i + AREAS_PER_INSERT).map((a) => {
      const [minLon, minLat, maxLon, maxLat] = a.bbox;
      return sql`(${layer.id}, ${a.code}, ${a.name}, ${a.population}, ${JSON.stringify(a.geometry)},
        ${minLon}, ${minLat}, ${maxLon}, ${maxLat})`;
    });
    await db.run(sql`insert into area (layer_id, code, name, population, geometry, min_lon, min_lat, max_lon, max_lat)
      values ${join(rows, ', ')}`);
  }
}

/** The base layers a user maps by; hidden layers (drawn outlines, problem places, evaluation zones) are left out. */
export async function listLayers(db: Executor): Promise<LayerRow[]> {
  return db.all<LayerRow>(sql`select l.id, l.name, l.source, count(a.code)::integer as areas
    from boundary_layer l left join area a on a.layer_id = l.id
    where ${BASE_LAYER_L}
    group by l.id, l.name, l.source order by l.id`);
}

export async function findLayer(db: Executor, id: string): Promise<LayerRow | null> {
  const rows = await db.all<LayerRow>(sql`select l.id, l.name, l.source,
      (select count(*) from area a where a.layer_id = l.id)::integer as areas
    from boundary_layer l where l.id = ${id}`);
  return rows[0] ?? null;
}

export async function areaExists(db: Executor, layerId: string, code: string): Promise<boolean> {
  const rows = await db.all<{ n: number }>(
    sql`select count(*)::integer as n from area where layer_id = ${layerId} and code = ${code}`,
  );
  return (rows[0]?.n ?? 0) > 0;
}

export async function layerFeatures(db: Executor, layerId: string): Promise<AreaFeatureRow[]> {
  return db.all<AreaFeatureRow>(sql`select code, name, population, geometry::varchar as geometry,
      min_lon, min_lat, max_lon, max_lat
    from area where layer_id = ${layerId} order by code`);
}
