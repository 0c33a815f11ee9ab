import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { contactFacts } from './contact-facts.ts';

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
      select area_code, sum(contacts)::integer as contacts
      from (${await contactFacts(db, f, { area: layerId })}) where area_code is not null
      group by area_code
    )
    select a.code, a.name, a.population, coalesce(h.contacts, 0)::integer as contacts
    from area a left join hits h on h.area_code = a.code
    where a.layer_id = ${layerId}
    order by a.code`);
}

/** The whole layer under the filters: contacts in it, in its areas with residents, and outside it. */
export async function layerCount(db: Executor, layerId: string, f: Filters): Promise<LayerCount> {
  const rows = await db.all<LayerCount>(sql`select
      coalesce(sum(contacts) filter (where in_layer), 0)::integer as contacts,
      coalesce(sum(contacts) filter (where populated), 0)::integer as contacts_with_population,
      (select sum(population) from area where layer_id = ${layerId})::integer as population,
      coalesce(sum(contacts) filter (where not in_layer), 0)::integer as outside_layer
    from (${await contactFacts(db, f, { inLayer: layerId })})`);
  return rows[0] ?? { contacts: 0, contacts_with_population: 0, population: null, outside_layer: 0 };
}
