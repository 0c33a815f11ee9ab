import type { Filters } from '../contract/filters.ts';
import { REPEAT_KINDS, type RepeatKind } from '../contract/repeats.ts';
import type { Executor } from '../db/database.ts';
import { join, sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';
import { refColumn } from './repeat-columns.ts';

export interface RepeatDistributionRow {
  [k: string]: unknown;
  kind: RepeatKind;
  /** Complaints per reference... */
  complaints: number;
  /** ...and how many references had that many. */
  references: number;
}

/**
 * How many callers and how many places had 1, 2, 3, ... complaints in f's period (linked reports once).
 * Both from one read of contact, which is not stored in date order, so any period reads every block.
 */
export function repeatDistributions(db: Executor, f: Filters): Promise<RepeatDistributionRow[]> {
  const perRef = REPEAT_KINDS.map((kind) => {
    const ref = refColumn(kind);
    // Most contacts are linked to no other and count once each; linked ones once per incident.
    return sql`select ${kind} as kind, count(*) as complaints from (
        select ${ref} as ref from scoped where ${ref} is not null and incident_id is null
        union all
        select ${ref} from scoped where ${ref} is not null and incident_id is not null group by ${ref}, incident_id
      ) group by ref`;
  });
  return db.all<RepeatDistributionRow>(sql`with scoped as materialized (
      select c.caller_ref, c.location_ref, c.incident_id from contact c where ${contactFilter(f)}
    ), per_ref as (${join(perRef, ' union all ')})
    select kind, complaints::integer as complaints, count(*)::integer as references from per_ref
    group by kind, complaints order by kind, complaints`);
}
