import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';

/** One square of the BNG lattice: west and south edges inside, as in the grid counts. */
export interface LatticeCell {
  cell: number;
  col: number;
  row: number;
}

/** The contacts of one lattice cell, as a condition on `contact c`. */
export const inCell = ({ cell, col, row }: LatticeCell): Sql =>
  sql`floor(c.easting / ${cell}) = ${col} and floor(c.northing / ${cell}) = ${row}`;

/** No condition beyond the filters (an area profile narrows by the area filter). */
export const EVERYWHERE: Sql = sql`true`;

/** Contacts under the filters and in the scope per month (YYYY-MM), months without any left out. */
export async function scopeMonths(db: Executor, f: Filters, scope: Sql) {
  return db.all<{ [k: string]: unknown; month: string; contacts: number }>(sql`select
      strftime(c.received_on, '%Y-%m') as month, count(*)::integer as contacts
    from contact c where ${contactFilter(f)} and ${scope}
    group by 1 order by 1`);
}

/** Contacts under the filters and in the scope per category, most first. */
export async function scopeCategories(db: Executor, f: Filters, scope: Sql) {
  return db.all<{ [k: string]: unknown; category: string; contacts: number }>(sql`select
      c.category, count(*)::integer as contacts
    from contact c where ${contactFilter(f)} and ${scope}
    group by 1 order by contacts desc, c.category`);
}
