import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { contactFacts } from './contact-facts.ts';

export interface MonthlyCount {
  [k: string]: unknown;
  /** First day of the month, ISO. */
  month: string;
  contacts: number;
  /** Contacts in the same month a year earlier, under `lastYear`'s filters. */
  last_year: number;
}

/**
 * One row per month from the month of f.from to the month of f.to, months without contacts as 0.
 * `lastYear` is the same filter over the period a year earlier; its months are moved on 12 to line up.
 */
export async function monthlyCounts(db: Executor, f: Filters, lastYear: Filters): Promise<MonthlyCount[]> {
  return db.all<MonthlyCount>(sql`with months as (
      select unnest(generate_series(date_trunc('month', ${f.from}::date), date_trunc('month', ${f.to}::date),
        interval 1 month))::date as month
    ), now_counts as (
      select month, sum(contacts)::integer as n from (${await contactFacts(db, f)}) group by 1
    ), before_counts as (
      select (month + interval 12 month)::date as month, sum(contacts)::integer as n
      from (${await contactFacts(db, lastYear)}) group by 1
    )
    select m.month::varchar as month, coalesce(nc.n, 0)::integer as contacts,
      coalesce(bc.n, 0)::integer as last_year
    from months m left join now_counts nc on nc.month = m.month left join before_counts bc on bc.month = m.month
    order by m.month`);
}
