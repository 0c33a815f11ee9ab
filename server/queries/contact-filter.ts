import type { Filters } from '../contract/filters.ts';
import { join, sql, type Sql } from '../db/sql.ts';

/**
 * The shared filter bar as a where-clause over `contact c`. Every value is bound; an area filter keeps
 * contacts tagged with that area of that layer at ingest.
 */
export function contactFilter(f: Filters): Sql {
  const parts = [sql`c.received_on between ${f.from}::date and ${f.to}::date`];
  if (f.category.length > 0) parts.push(sql`c.category in (${list(f.category)})`);
  if (f.agency.length > 0) parts.push(sql`c.agency_code in (${list(f.agency)})`);
  if (f.area) {
    parts.push(sql`exists (select 1 from contact_area ca where ca.contact_id = c.id
      and ca.layer_id = ${f.area.layer} and ca.area_code = ${f.area.code})`);
  }
  return join(parts, ' and ');
}

/** Bound values for `in (...)`. */
export const list = (values: readonly string[]): Sql =>
  join(
    values.map((v) => sql`${v}`),
    ', ',
  );
