import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface AgencyUseRow {
  [k: string]: unknown;
  code: string;
  name: string;
  kind: string;
  contacts: number;
  users: number;
}

/** Every agency with how many contacts and users belong to it. */
export async function listAgenciesWithUse(db: Executor): Promise<AgencyUseRow[]> {
  return db.all<AgencyUseRow>(sql`select a.code, a.name, a.kind,
      (select count(*) from contact c where c.agency_code = a.code)::double as contacts,
      (select count(*) from app_user u where u.agency_code = a.code)::double as users
    from agency a order by a.code`);
}

export async function findAgency(db: Executor, code: string): Promise<{ code: string; name: string } | null> {
  const rows = await db.all<{ code: string; name: string }>(
    sql`select code, name from agency where code = ${code}`,
  );
  return rows[0] ?? null;
}

export async function insertAgency(
  db: Executor,
  a: { code: string; name: string; kind: string },
): Promise<void> {
  await db.run(sql`insert into agency (code, name, kind) values (${a.code}, ${a.name}, ${a.kind})`);
}

export async function renameAgency(db: Executor, code: string, name: string): Promise<void> {
  await db.run(sql`update agency set name = ${name} where code = ${code}`);
}
