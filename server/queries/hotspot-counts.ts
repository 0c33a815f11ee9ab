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
  return (await placedCounts(db, cell, f)).lattice;
}

/**
 * latticeCounts and the contacts without coordinates (they cannot be placed in a cell) from one scan of
 * the filtered contacts: a contact missing either coordinate falls in a group with a null col or row.
 */
export async function placedCounts(
  db: Executor,
  cell: number,
  f: Filters,
): Promise<{ lattice: LatticeCount[]; unlocated: number }> {
  const rows = await db.all<{ col: number | null; row: number | null; n: number }>(sql`select
      floor(c.easting / ${cell})::integer as col, floor(c.northing / ${cell})::integer as row,
      count(*)::integer as n
    from contact c
    where ${contactFilter(f)}
    group by 1, 2`);
  return split(rows);
}

/** Cells with both coordinates, and the count of contacts without (a null col or row). */
function split(rows: readonly { col: number | null; row: number | null; n: number }[]) {
  const lattice: LatticeCount[] = [];
  let unlocated = 0;
  for (const { col, row, n } of rows) {
    if (col === null || row === null) unlocated += n;
    else lattice.push({ col, row, n });
  }
  return { lattice, unlocated };
}

export interface MonthLatticeCount extends LatticeCount {
  /** YYYY-MM */
  month: string;
}

/**
 * placedCounts and the same month by month, for time slices, from one scan: grouping sets give the
 * cells' totals (month null) beside their months.
 */
export async function monthPlacedCounts(
  db: Executor,
  cell: number,
  f: Filters,
): Promise<{ lattice: LatticeCount[]; unlocated: number; byMonth: MonthLatticeCount[] }> {
  const rows = await db.all<{ month: string | null; col: number | null; row: number | null; n: number }>(sql`
    select strftime(c.received_on, '%Y-%m') as month,
      floor(c.easting / ${cell})::integer as col, floor(c.northing / ${cell})::integer as row,
      count(*)::integer as n
    from contact c
    where ${contactFilter(f)}
    group by grouping sets ((1, 2, 3), (2, 3))`);
  const byMonth: MonthLatticeCount[] = [];
  for (const { month, col, row, n } of rows)
    if (month !== null && col !== null && row !== null) byMonth.push({ month, col, row, n });
  return { ...split(rows.filter((r) => r.month === null)), byMonth };
}
