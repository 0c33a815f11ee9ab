import type { NewTarget } from '../contract/board.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface TargetDbRow {
  [k: string]: unknown;
  id: number;
  measure: string;
  layer_id: string | null;
  area_code: string | null;
  area_name: string | null;
  agency_code: string | null;
  agency_name: string | null;
  category: string | null;
  target: number;
  better: string;
  set_by: string;
  set_at: string;
}

/** Every target with the names of its area and agency, in a stable order. */
export async function listTargets(db: Executor): Promise<TargetDbRow[]> {
  return db.all<TargetDbRow>(sql`select t.id, t.measure, t.layer_id, t.area_code, a.name as area_name,
      t.agency_code, g.name as agency_name, t.category, t.target, t.better, t.set_by,
      strftime(t.set_at, '%Y-%m-%dT%H:%M:%SZ') as set_at
    from board_target t
    left join area a on a.layer_id = t.layer_id and a.code = t.area_code
    left join agency g on g.code = t.agency_code
    order by t.measure, t.layer_id, t.area_code nulls first, t.agency_code nulls first, t.category nulls first, t.id`);
}

export async function insertTarget(db: Executor, t: NewTarget, setBy: string): Promise<number> {
  const rows = await db.all<{ id: number }>(sql`insert into board_target
      (measure, layer_id, area_code, agency_code, category, target, better, set_by)
    values (${t.measure}, ${t.layer}, ${t.areaCode}, ${t.agency}, ${t.category}, ${t.target}, ${t.better}, ${setBy})
    returning id`);
  return rows[0]?.id ?? 0;
}

/** True when a target was removed. */
export async function deleteTarget(db: Executor, id: number): Promise<boolean> {
  const rows = await db.all<{ id: number }>(sql`delete from board_target where id = ${id} returning id`);
  return rows.length > 0;
}
