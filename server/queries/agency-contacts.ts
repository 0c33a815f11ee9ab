import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { rollupReady } from './contact-rollup.ts';

export interface AgencyContacts {
  [k: string]: unknown;
  code: string;
  name: string;
  kind: string;
  contacts: number;
}

/** Every agency with how many contacts it has supplied (0 for agencies that supply none). */
export async function agencyContactCounts(db: Executor): Promise<AgencyContacts[]> {
  const counted = (await rollupReady(db))
    ? sql`select agency_code, sum(contacts) as n from contact_rollup group by agency_code`
    : sql`select agency_code, count(*) as n from contact group by agency_code`;
  return db.all<AgencyContacts>(sql`select a.code, a.name, a.kind, coalesce(k.n, 0)::integer as contacts
    from agency a left join (${counted}) k on k.agency_code = a.code
    order by a.name`);
}
