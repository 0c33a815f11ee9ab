import type { Executor } from '../../db/database.ts';
import { join, sql } from '../../db/sql.ts';

export interface ZoneMonthRow {
  [k: string]: unknown;
  zone: string;
  /** YYYY-MM */
  month: string;
  contacts: number;
}

/**
 * Contacts per zone (area code of the evaluation layer) and month between two days, in the given
 * categories (all when none); aggregated in DuckDB.
 */
export async function zoneMonthCounts(
  db: Executor,
  layerId: string,
  range: { from: string; to: string },
  categories: readonly string[],
): Promise<ZoneMonthRow[]> {
  const inCategories =
    categories.length === 0
      ? sql`true`
      : sql`c.category in (${join(
          categories.map((v) => sql`${v}`),
          ', ',
        )})`;
  return db.all<ZoneMonthRow>(sql`select ca.area_code as zone, strftime(c.received_on, '%Y-%m') as month,
      count(*)::integer as contacts
    from contact_area ca join contact c on c.id = ca.contact_id
    where ca.layer_id = ${layerId} and c.received_on between ${range.from}::date and ${range.to}::date
      and ${inCategories}
    group by all order by month, zone`);
}
