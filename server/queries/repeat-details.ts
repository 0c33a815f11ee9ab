import type { Filters } from '../contract/filters.ts';
import type { RepeatKind } from '../contract/repeats.ts';
import type { Executor } from '../db/database.ts';
import { join, sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';
import { otherColumn, refColumn } from './repeat-columns.ts';

export interface RepeatDetailRow {
  [k: string]: unknown;
  ref: string;
  agencies: string[];
  categories: string[];
  /** Distinct places of a caller, or distinct callers about a place. */
  others: number;
}

/** Agencies, categories and the other references of the given references in f's period (one page of a list). */
export async function repeatDetails(
  db: Executor,
  f: Filters,
  kind: RepeatKind,
  refs: readonly string[],
): Promise<RepeatDetailRow[]> {
  if (refs.length === 0) return [];
  const ref = refColumn(kind);
  const other = otherColumn(kind);
  const list = join(
    refs.map((r) => sql`${r}`),
    ', ',
  );
  return db.all<RepeatDetailRow>(sql`select c.${ref} as ref,
      list_sort(list(distinct c.agency_code)) as agencies, list_sort(list(distinct c.category)) as categories,
      count(distinct c.${other})::integer as others
    from contact c where c.${ref} in (${list}) and ${contactFilter(f)} group by 1`);
}
