import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { ident, sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';

export const SERVICE_SPLITS = ['agency_code', 'category'] as const;
export type ServiceSplit = (typeof SERVICE_SPLITS)[number];

export interface ServiceCountRow {
  [k: string]: unknown;
  key: string;
  contacts: number;
  resolved_with_target: number;
  resolved_within_target: number;
  repeat_callers: number;
}

// Day-precision records are taken as received at midday, as the generator and most sources mean them.
export const RECEIVED = sql`coalesce(c.received_at, c.received_on + interval 12 hour)`;
/** Hours from receipt to resolution of `contact c`. */
export const HOURS = sql`(epoch(c.resolved_at) - epoch(${RECEIVED})) / 3600.0`;

/** Per split value: contacts, resolved ones with an SLA target and within it, repeat callers. */
export async function serviceCounts(
  db: Executor,
  split: ServiceSplit,
  f: Filters,
): Promise<ServiceCountRow[]> {
  const key = ident(split, SERVICE_SPLITS);
  return db.all<ServiceCountRow>(sql`with matched as (select * from contact c where ${contactFilter(f)}),
    callers as (
      select c.${key} as key, c.caller_ref from matched c where c.caller_ref is not null
      group by 1, 2 having count(*) >= 2
    )
    select c.${key} as key, count(*)::integer as contacts,
      count(*) filter (where c.resolved_at is not null and c.sla_target_hours is not null
        and c.time_precision <> 'month')::integer as resolved_with_target,
      count(*) filter (where c.resolved_at is not null and c.sla_target_hours is not null
        and c.time_precision <> 'month' and ${HOURS} <= c.sla_target_hours)::integer as resolved_within_target,
      coalesce(any_value(r.n), 0)::integer as repeat_callers
    from matched c left join (select key, count(*) as n from callers group by 1) r on r.key = c.${key}
    group by 1`);
}
