import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface AgencyContacts {
  [k: string]: unknown;
  code: string;
  name: string;
  kind: string;
  contacts: number;
}

/** Every agency with how many contacts it has supplied (0 for agencies that supply none). */
export async function agencyContactCounts(db: Executor): Promise<AgencyContacts[]> {
  return db.all<AgencyContacts>(sql`select a.code, a.name, a.kind, count(c.id)::integer as contacts
    from agency a left join contact c on c.agency_code = a.code
    group by a.code, a.name, a.kind order by a.name`);
}
