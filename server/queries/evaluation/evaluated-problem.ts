import type { Executor } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';

export interface EvaluatedProblemRow {
  [k: string]: unknown;
  id: number;
  title: string;
  layer_id: string;
  /** Comma-separated categories; empty for every category. */
  categories: string;
  /** The place's outline (GeoJSON text) from its hidden layer; null when the layer has lost it. */
  geometry: string | null;
}

/** A problem with its place's outline, or null when there is no such problem. */
export async function evaluatedProblem(db: Executor, id: number): Promise<EvaluatedProblemRow | null> {
  const [row] = await db.all<EvaluatedProblemRow>(sql`select p.id, p.title, p.layer_id,
      array_to_string(p.categories, ',') as categories, a.geometry::varchar as geometry
    from problem p left join area a on a.layer_id = p.layer_id and a.code = p.id::varchar
    where p.id = ${id}`);
  return row ?? null;
}

/**
 * Codes of the areas of a layer holding any contact of another layer's area (the districts the
 * target's contacts fall in).
 */
export async function areasHoldingContactsOf(
  db: Executor,
  layerId: string,
  of: { layer: string; code: string },
): Promise<string[]> {
  const rows = await db.all<{ code: string }>(sql`select distinct h.area_code as code
    from contact_area h join contact_area t on t.contact_id = h.contact_id
    where h.layer_id = ${layerId} and t.layer_id = ${of.layer} and t.area_code = ${of.code}
    order by code`);
  return rows.map((r) => r.code);
}
