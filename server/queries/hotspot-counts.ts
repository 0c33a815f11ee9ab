import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';

export interface LatticeCount {
  [k: string]: unknown;
  /** floor(easting / cell) and floor(northing / cell): the cell on the national lattice of that size. */
  col: number;
  row: number;
  n: number;
}

/** Contacts under the filters per square cell of the BNG lattice; records never leave the database. */
export async function latticeCounts(db: Executor, cell: number, f: Filters): Promise<LatticeCount[]> {
  return db.all<LatticeCount>(sql`select floor(c.easting / ${cell})::integer as col,
      floor(c.northing / ${cell})::integer as row, count(*)::integer as n
    from contact c
    where ${contactFilter(f)} and c.easting is not null and c.northing is not null
    group by 1, 2`);
}

/** Contacts under the filters without coordinates (they cannot be placed in a cell). */
export async function unlocatedCount(db: Executor, f: Filters): Promise<number> {
  const rows = await db.all<{ n: number }>(sql`select count(*)::integer as n from contact c
    where ${contactFilter(f)} and (c.easting is null or c.northing is null)`);
  return rows[0]?.n ?? 0;
}

export interface MonthLatticeCount extends LatticeCount {
  /** YYYY-MM */
  month: string;
}

/** latticeCounts month by month, for time slices. */
export async function monthLatticeCounts(
  db: Executor,
  cell: number,
  f: Filters,
): Promise<MonthLatticeCount[]> {
  return db.all<MonthLatticeCount>(sql`select strftime(c.received_on, '%Y-%m') as month,
      floor(c.easting / ${cell})::integer as col, floor(c.northing / ${cell})::integer as row,
      count(*)::integer as n
    from contact c
    where ${contactFilter(f)} and c.easting is not null and c.northing is not null
    group by 1, 2, 3`);
}
