import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface CompletenessRow {
  [k: string]: unknown;
  agency_code: string;
  agency_name: string;
  contacts: number;
  out_of_area: number;
  month_only: number;
  day_only: number;
  no_coordinates: number;
}

/** Per agency: contacts outside every boundary, with only a month or a day, and without coordinates. */
export async function agencyCompleteness(db: Executor): Promise<CompletenessRow[]> {
  return db.all<CompletenessRow>(sql`select c.agency_code, coalesce(any_value(a.name), c.agency_code) as agency_name,
      count(*)::double as contacts,
      count(*) filter (where out_of_area)::double as out_of_area,
      count(*) filter (where time_precision = 'month')::double as month_only,
      count(*) filter (where time_precision = 'day')::double as day_only,
      count(*) filter (where (lat is null or lon is null) and (easting is null or northing is null))::double
        as no_coordinates
    from contact c left join agency a on a.code = c.agency_code
    group by c.agency_code order by c.agency_code`);
}
