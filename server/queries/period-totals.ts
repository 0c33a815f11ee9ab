import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { contactFacts } from './contact-facts.ts';

export interface PeriodTotals {
  [k: string]: unknown;
  contacts: number;
  agencies: number;
  month_only: number;
}

/** Contacts matching the filters, the agencies they came from, and how many give only a month. */
export async function periodTotals(db: Executor, f: Filters): Promise<PeriodTotals> {
  const rows = await db.all<PeriodTotals>(sql`select coalesce(sum(contacts), 0)::integer as contacts,
      count(distinct agency_code)::integer as agencies,
      coalesce(sum(month_only), 0)::integer as month_only
    from (${await contactFacts(db, f)})`);
  return rows[0] ?? { contacts: 0, agencies: 0, month_only: 0 };
}
