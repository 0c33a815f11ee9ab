import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';

export interface BoardAreaRow {
  [k: string]: unknown;
  code: string;
  name: string;
  population: number | null;
}

export interface AreaCategoryCount {
  [k: string]: unknown;
  area_code: string;
  category: string;
  contacts: number;
}

/** Every area of a layer, by name. */
export async function boardLayerAreas(db: Executor, layerId: string): Promise<BoardAreaRow[]> {
  return db.all<BoardAreaRow>(
    sql`select code, name, population from area where layer_id = ${layerId} order by name, code`,
  );
}

/** Contacts matching the filters per area of the layer and category; combinations with none are left out. */
export async function areaCategoryCounts(
  db: Executor,
  layerId: string,
  f: Filters,
): Promise<AreaCategoryCount[]> {
  return db.all<AreaCategoryCount>(sql`select ca.area_code, c.category,
      count(distinct c.id)::integer as contacts
    from contact c join contact_area ca on ca.contact_id = c.id and ca.layer_id = ${layerId}
    where ${contactFilter(f)}
    group by ca.area_code, c.category`);
}

/**
 * areaCategoryCounts for two disjoint periods (the quarter and the one compared with it) in one pass
 * over the layer's contacts.
 */
export async function areaCategoryCountsOf(
  db: Executor,
  layerId: string,
  current: Filters,
  previous: Filters,
): Promise<{ now: AreaCategoryCount[]; before: AreaCategoryCount[] }> {
  const rows = await db.all<AreaCategoryCount & { now: boolean }>(sql`select ca.area_code, c.category,
      c.received_on between ${current.from}::date and ${current.to}::date as now,
      count(distinct c.id)::integer as contacts
    from contact c join contact_area ca on ca.contact_id = c.id and ca.layer_id = ${layerId}
    where (${contactFilter(current)}) or (${contactFilter(previous)})
    group by all`);
  const strip = ({ now: _now, ...r }: AreaCategoryCount & { now: boolean }): AreaCategoryCount => r;
  return { now: rows.filter((r) => r.now).map(strip), before: rows.filter((r) => !r.now).map(strip) };
}
