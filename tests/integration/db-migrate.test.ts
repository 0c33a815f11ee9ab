import { afterEach, describe, expect, it } from 'vitest';
import { Db } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { MIGRATIONS } from '../../server/db/migrations/index.ts';
import { sql } from '../../server/db/sql.ts';

const open = () => Db.open({ path: ':memory:', threads: 1, memoryLimit: '1GB', maxConcurrent: 2 });

describe('migrate', () => {
  let db: Db | undefined;
  afterEach(() => db?.close());

  it('applies every step once on a new database', async () => {
    db = await open();
    expect(await migrate(db)).toEqual(MIGRATIONS.map((m) => m.id));
    const done = await db.all<{ id: number }>(sql`select id from schema_migration order by id`);
    expect(done.map((r) => r.id)).toEqual(MIGRATIONS.map((m) => m.id));
  });

  it('is idempotent: a second run applies nothing and keeps the data', async () => {
    db = await open();
    await migrate(db);
    await db.run(sql`insert into agency values ('police', 'Demo Police', 'police')`);
    const tables = async () =>
      (await (db as Db).all<{ n: number }>(sql`select count(*)::integer as n from duckdb_tables()`))[0]?.n;
    const before = await tables();
    expect(await migrate(db)).toEqual([]);
    expect(await tables()).toBe(before);
    const agencies = await db.all<{ n: number }>(sql`select count(*)::integer as n from agency`);
    expect(agencies[0]?.n).toBe(1);
    const rows = await db.all<{ n: number }>(sql`select count(*)::integer as n from schema_migration`);
    expect(rows[0]?.n).toBe(MIGRATIONS.length);
  });
});
