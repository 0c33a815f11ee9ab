import type { Executor } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';
import { AGENCIES } from '../world/agencies.ts';

/** Adds the generator's agencies that the database lacks; an existing agency keeps its name. */
export async function ensureGeneratedAgencies(db: Executor): Promise<void> {
  for (const a of AGENCIES)
    await db.run(sql`insert into agency (code, name, kind) values (${a.code}, ${a.name}, ${a.kind})
      on conflict (code) do nothing`);
}
