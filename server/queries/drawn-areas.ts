import { DRAWN_LAYER_PREFIX } from '../contract/drawn-areas.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface DrawnAreaRow {
  [k: string]: unknown;
  code: string;
  layer: string;
  name: string;
  shared: boolean;
  created_by_id: number;
  created_by: string | null;
  created_at: string;
  area_m2: number;
  geometry: string;
  contacts: number;
}

export interface NewDrawnAreaRow {
  code: string;
  layer: string;
  name: string;
  shared: boolean;
  createdBy: number;
  areaM2: number;
}

const DRAWN_LAYERS = sql`starts_with(layer_id, ${DRAWN_LAYER_PREFIX})`;

export async function nextDrawnNumber(db: Executor): Promise<number> {
  const [row] = await db.all<{ n: number }>(sql`select nextval('seq_drawn_area')::integer as n`);
  return row?.n ?? 0;
}

export async function insertDrawnArea(db: Executor, a: NewDrawnAreaRow): Promise<void> {
  await db.run(sql`insert into drawn_area (code, layer_id, name, shared, created_by, area_m2)
    values (${a.code}, ${a.layer}, ${a.name}, ${a.shared}, ${a.createdBy}, ${a.areaM2})`);
}

export async function deleteDrawnArea(db: Executor, code: string): Promise<void> {
  await db.run(sql`delete from drawn_area where code = ${code}`);
}

export async function countDrawnBy(db: Executor, userId: number): Promise<number> {
  const [row] = await db.all<{ n: number }>(
    sql`select count(*)::integer as n from drawn_area where created_by = ${userId}`,
  );
  return row?.n ?? 0;
}

/**
 * Drawn areas with their outline and how many contacts each holds: those drawn by the user, those
 * shared, or all of them (for an administrator); the newest first. With a code, only that area.
 */
export async function listDrawnAreas(
  db: Executor,
  who: { userId: number; all: boolean },
  code: string | null = null,
): Promise<DrawnAreaRow[]> {
  return db.all<DrawnAreaRow>(sql`with tagged as (
      select layer_id, count(*)::integer as n from contact_area where ${DRAWN_LAYERS} group by layer_id)
    select d.code, d.layer_id as layer, d.name, d.shared, d.created_by as created_by_id,
      u.username as created_by, strftime(d.created_at, '%Y-%m-%dT%H:%M:%SZ') as created_at, d.area_m2,
      a.geometry::varchar as geometry, coalesce(t.n, 0)::integer as contacts
    from drawn_area d
      join area a on a.layer_id = d.layer_id and a.code = d.code
      left join app_user u on u.id = d.created_by
      left join tagged t on t.layer_id = d.layer_id
    where (d.created_by = ${who.userId} or d.shared or ${who.all})
      and (${code}::varchar is null or d.code = ${code})
    order by d.created_at desc, d.code desc`);
}

/** The box around every area of the base (not drawn) layers; null while none is loaded. */
export async function baseLayersExtent(db: Executor): Promise<[number, number, number, number] | null> {
  const [row] = await db.all<{ x0: number | null; y0: number | null; x1: number | null; y1: number | null }>(
    sql`select min(min_lon) as x0, min(min_lat) as y0, max(max_lon) as x1, max(max_lat) as y1
      from area where not (${DRAWN_LAYERS})`,
  );
  if (!row || row.x0 === null || row.y0 === null || row.x1 === null || row.y1 === null) return null;
  return [row.x0, row.y0, row.x1, row.y1];
}
