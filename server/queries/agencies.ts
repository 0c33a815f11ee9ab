import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface AgencyRow {
  [k: string]: unknown;
  code: string;
  name: string;
  kind: string;
}

export async function upsertAgency(
  db: Executor,
  a: { code: string; name: string; kind: string },
): Promise<void> {
  await db.run(sql`insert into agency (code, name, kind) values (${a.code}, ${a.name}, ${a.kind})
    on conflict (code) do update set name = excluded.name, kind = excluded.kind`);
}

export async function listAgencies(db: Executor): Promise<AgencyRow[]> {
  return db.all<AgencyRow>(sql`select code, name, kind from agency order by name`);
}
