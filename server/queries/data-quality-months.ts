import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface AgencyMonthRow {
  [k: string]: unknown;
  agency_code: string;
  agency_name: string;
  /** YYYY-MM, every month from the agency's first to its last, those without contacts included. */
  month: string;
  contacts: number;
  /** The agency's median month over its span, empty months included. */
  typical: number;
}

/**
 * Contacts per agency per month over each agency's own span of months: a month inside the span with
 * no contacts (contacts 0) is a gap in that agency's feed.
 */
export async function agencyMonths(db: Executor): Promise<AgencyMonthRow[]> {
  return db.all<AgencyMonthRow>(sql`with counts as (
      select agency_code, date_trunc('month', received_on)::date as month, count(*)::double as contacts
      from contact group by all),
    span as (select agency_code, min(month) as lo, max(month) as hi from counts group by all),
    grid as (select agency_code,
        unnest(generate_series(lo::timestamp, hi::timestamp, interval 1 month))::date as month from span)
    select g.agency_code, coalesce(a.name, g.agency_code) as agency_name, strftime(g.month, '%Y-%m') as month,
      coalesce(c.contacts, 0)::double as contacts,
      median(coalesce(c.contacts, 0)) over (partition by g.agency_code)::double as typical
    from grid g left join counts c using (agency_code, month) left join agency a on a.code = g.agency_code
    order by g.agency_code, g.month`);
}
