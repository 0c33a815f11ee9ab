import type { RepeatSort } from '../contract/repeats.ts';
import { join, sql, type Sql } from '../db/sql.ts';

const DIRECTION = { asc: sql`asc`, desc: sql`desc` } as const;

// Sort keys, most significant first; ties fall back to the reference, A to Z, so paging is stable.
const KEYS: Record<Exclude<RepeatSort, 'ref'>, Sql[]> = {
  priority: [
    sql`(vulnerable and meetsThreshold)`,
    sql`meetsThreshold`,
    sql`complaints`,
    sql`complaints - previous`,
    sql`last`,
  ],
  complaints: [sql`complaints`, sql`complaints - previous`, sql`last`],
  previous: [sql`previous`, sql`complaints`],
  change: [sql`complaints - previous`, sql`complaints`],
  last: [sql`last`, sql`complaints`],
};

/** The order by clause of the repeat list: columns complaints, previous, last, vulnerable, meetsThreshold. */
export function repeatOrder(sort: RepeatSort, dir: 'asc' | 'desc', ref = sql`ref`): Sql {
  if (sort === 'ref') return sql`${ref} ${DIRECTION[dir]}`;
  const keys = KEYS[sort].map((k) => sql`${k} ${DIRECTION[dir]}`);
  return join([...keys, sql`${ref} asc`], ', ');
}
