import type { Filters } from '../contract/filters.ts';
import type { RepeatKind } from '../contract/repeats.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';
import { refColumn } from './repeat-columns.ts';

export interface RepeatDistributionRow {
  [k: string]: unknown;
  /** Complaints per reference... */
  complaints: number;
  /** ...and how many references had that many. */
  references: number;
}

/** How many references had 1, 2, 3, ... complaints in f's period (linked reports once). */
export function repeatDistribution(
  db: Executor,
  f: Filters,
  kind: RepeatKind,
): Promise<RepeatDistributionRow[]> {
  const ref = refColumn(kind);
  return db.all<RepeatDistributionRow>(sql`with per_ref as (
      select c.${ref} as ref, count(distinct coalesce(c.incident_id, c.id)) as complaints
      from contact c where c.${ref} is not null and ${contactFilter(f)} group by 1
    )
    select complaints::integer as complaints, count(*)::integer as references from per_ref
    group by 1 order by 1`);
}

/** Contacts in f's period with no reference of this kind. */
export async function contactsWithoutRef(db: Executor, f: Filters, kind: RepeatKind): Promise<number> {
  const ref = refColumn(kind);
  const [row] = await db.all<{ n: number }>(
    sql`select count(*)::integer as n from contact c where c.${ref} is null and ${contactFilter(f)}`,
  );
  return row?.n ?? 0;
}
