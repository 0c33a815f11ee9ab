import { sql } from './sql.ts';
import type { Db } from './database.ts';
import { MIGRATIONS } from './migrations/index.ts';

/** Applies every step not yet applied, each in its own transaction; returns the ids applied. */
export async function migrate(db: Db): Promise<number[]> {
  await db.run(sql`create table if not exists schema_migration (
    id integer primary key, name varchar not null, applied_at timestamp not null default current_timestamp)`);
  const done = new Set((await db.all<{ id: number }>(sql`select id from schema_migration`)).map((r) => r.id));
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.id)) continue;
    await db.transaction(async (tx) => {
      await tx.run({ text: m.up, params: [] });
      await tx.run(sql`insert into schema_migration (id, name) values (${m.id}, ${m.name})`);
    });
    applied.push(m.id);
  }
  return applied;
}
