import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface DataExtent {
  [k: string]: unknown;
  /** ISO dates; null when there are no contacts. */
  first: string | null;
  last: string | null;
}

/** The first and last day with contacts, over all data (no filters). */
export async function dataExtent(db: Executor): Promise<DataExtent> {
  const rows = await db.all<DataExtent>(
    sql`select min(received_on)::varchar as first, max(received_on)::varchar as last from contact`,
  );
  return rows[0] ?? { first: null, last: null };
}
