import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';

export interface AreaCount {
  [k: string]: unknown;
  code: string;
  name: string;
  population: number | null;
  contacts: number;
}

export interface LayerCount {
  [k: string]: unknown;
  /** Distinct contacts in any area of the layer. */
  contacts: number;
  /** Distinct contacts in areas with residents. */
  contacts_with_population: number;
  /** Residents of the areas that have them; null when none has. */
  population: number | null;
  /** Contacts matching the filters in no area of the layer. */
  outside_layer: number;
}

/** Contacts matching the filters per area of the layer, each counted once; areas with none as 0. */
export async function areaCounts(db: Executor, layerId: string, f: Filters): Promise<AreaCount[]> {
  return db.all<AreaCount>(sql`with hits as (
      select ca.area_code, count(distinct c.id)::integer as contacts
      from contact c join contact_area ca on ca.contact_id = c.id and ca.layer_id = ${layerId}
      where ${contactFilter(f)}
      group by ca.area_code
    )
    select a.code, a.name, a.population, coalesce(h.contacts, 0)::integer as contacts
    from area a left join hits h on h.area_code = a.code
    where a.layer_id = ${layerId}
    order by a.code`);
}

/** The whole layer under the filters: contacts in it, in its areas with residents, and outside it. */
export async function layerCount(db: Executor, layerId: string, f: Filters): Promise<LayerCount> {
  const rows = await db.all<LayerCount>(sql`with matched as (
      select c.id from contact c where ${contactFilter(f)}
    ), tagged as (
      select distinct m.id, a.population is not null as populated
      from matched m
      join contact_area ca on ca.contact_id = m.id and ca.layer_id = ${layerId}
      join area a on a.layer_id = ca.layer_id and a.code = ca.area_code
    )
    select
      (select count(distinct id) from tagged)::integer as contacts,
      (select count(distinct id) from tagged where populated)::integer as contacts_with_population,
      (select sum(population) from area where layer_id = ${layerId})::integer as population,
      (select count(distinct id) from matched where id not in (select id from tagged))::integer as outside_layer`);
  return rows[0] ?? { contacts: 0, contacts_with_population: 0, population: null, outside_layer: 0 };
}
