import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface RetentionRow extends Record<string, unknown> {
  code: string;
  name: string;
  retention_months: number | null;
}

/** Every agency with its retention in months (null keeps its contacts). */
export function listRetention(db: Executor): Promise<RetentionRow[]> {
  return db.all<RetentionRow>(sql`select a.code, a.name, r.months as retention_months
    from agency a left join agency_retention r on r.agency_code = a.code order by a.code`);
}

/** Sets (or with null clears) an agency's retention; answers false when no agency has the code. */
export async function setRetention(db: Executor, code: string, months: number | null): Promise<boolean> {
  const found = await db.all<{ code: string }>(sql`select code from agency where code = ${code}`);
  if (found.length === 0) return false;
  if (months === null) await db.run(sql`delete from agency_retention where agency_code = ${code}`);
  else
    await db.run(sql`insert into agency_retention (agency_code, months) values (${code}, ${months})
      on conflict (agency_code) do update set months = excluded.months`);
  return true;
}
