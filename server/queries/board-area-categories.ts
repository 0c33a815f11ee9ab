import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { contactFacts } from './contact-facts.ts';

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
  return db.all<AreaCategoryCount>(sql`select area_code, category, sum(contacts)::integer as contacts
    from (${await contactFacts(db, f, { area: layerId })}) where area_code is not null
    group by area_code, category`);
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
  const counted = async (f: Filters, now: boolean) =>
    sql`select area_code, category, ${now} as now, sum(contacts)::integer as contacts
      from (${await contactFacts(db, f, { area: layerId })}) where area_code is not null group by all`;
  const rows = await db.all<AreaCategoryCount & { now: boolean }>(
    sql`${await counted(current, true)} union all ${await counted(previous, false)}`,
  );
  const strip = ({ now: _now, ...r }: AreaCategoryCount & { now: boolean }): AreaCategoryCount => r;
  return { now: rows.filter((r) => r.now).map(strip), before: rows.filter((r) => !r.now).map(strip) };
}
