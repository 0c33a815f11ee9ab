import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';

export interface LayerScopeCount {
  [k: string]: unknown;
  contacts: number;
  /** Residents of the area, or of the whole layer; null when any is unknown. */
  population: number | null;
}

/** Contacts matching the filters in one area of a layer, or in any area of it when code is null. */
export async function layerScopeCount(
  db: Executor,
  layerId: string,
  code: string | null,
  f: Filters,
): Promise<LayerScopeCount> {
  const rows = await db.all<LayerScopeCount>(sql`select
      (select count(distinct c.id) from contact c
        join contact_area ca on ca.contact_id = c.id and ca.layer_id = ${layerId}
        where ${contactFilter(f)} and (${code}::varchar is null or ca.area_code = ${code}))::integer as contacts,
      (select case when count(*) = count(population) then sum(population) end from area
        where layer_id = ${layerId} and (${code}::varchar is null or code = ${code}))::integer as population`);
  return rows[0] ?? { contacts: 0, population: null };
}
