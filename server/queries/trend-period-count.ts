import type { Filters } from '../contract/filters.ts';
import type { CountKind } from '../contract/trends.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';
import { countOf } from './trend-counts.ts';

/** Reports or incidents matching the filters over their whole period. */
export async function trendPeriodCount(db: Executor, f: Filters, count: CountKind): Promise<number> {
  const rows = await db.all<{ n: number }>(
    sql`select ${countOf(count)} as n from contact c where ${contactFilter(f)}`,
  );
  return rows[0]?.n ?? 0;
}
