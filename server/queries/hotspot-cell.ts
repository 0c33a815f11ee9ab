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

const inCell = ({ cell, col, row }: LatticeCell): Sql =>
  sql`floor(c.easting / ${cell}) = ${col} and floor(c.northing / ${cell}) = ${row}`;

/** Contacts in the cell under the filters per month (YYYY-MM), months without any left out. */
export async function cellMonths(db: Executor, c: LatticeCell, f: Filters) {
  return db.all<{ [k: string]: unknown; month: string; contacts: number }>(sql`select
      strftime(c.received_on, '%Y-%m') as month, count(*)::integer as contacts
    from contact c where ${contactFilter(f)} and ${inCell(c)}
    group by 1 order by 1`);
}

/** Contacts in the cell under the filters per category, most first. */
export async function cellCategories(db: Executor, c: LatticeCell, f: Filters) {
  return db.all<{ [k: string]: unknown; category: string; contacts: number }>(sql`select
      c.category, count(*)::integer as contacts
    from contact c where ${contactFilter(f)} and ${inCell(c)}
    group by 1 order by contacts desc, c.category`);
}
