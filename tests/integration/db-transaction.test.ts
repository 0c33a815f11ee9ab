import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { sql } from '../../server/db/sql.ts';

describe('Db.transaction', () => {
  let db: Db;
  beforeAll(async () => {
    db = await Db.open({ path: ':memory:', threads: 1, memoryLimit: '1GB', maxConcurrent: 2 });
    await migrate(db);
  });
  afterAll(() => db.close());

  const agencyCodes = async () =>
    (await db.all<{ code: string }>(sql`select code from agency order by code`)).map((r) => r.code);

  it('commits every statement when fn succeeds', async () => {
    const result = await db.transaction(async (tx) => {
      await tx.run(sql`insert into agency values (${'a1'}, ${'A one'}, ${'police'})`);
      await tx.run(sql`insert into agency values (${'a2'}, ${'A two'}, ${'fire'})`);
      return (await tx.all<{ n: number }>(sql`select count(*)::integer as n from agency`))[0]?.n;
    });
    expect(result).toBe(2);
    expect(await agencyCodes()).toEqual(['a1', 'a2']);
  });

  it('rolls back everything when fn throws, and rethrows', async () => {
    const before = await agencyCodes();
    await expect(
      db.transaction(async (tx) => {
        await tx.run(sql`insert into agency values (${'b1'}, ${'B one'}, ${'housing'})`);
        await tx.run(sql`update agency set name = ${'renamed'} where code = ${'a1'}`);
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await agencyCodes()).toEqual(before);
    const names = await db.all<{ name: string }>(sql`select name from agency where code = ${'a1'}`);
    expect(names[0]?.name).toBe('A one');
  });

  it('rolls back earlier statements when a later statement fails', async () => {
    const before = await agencyCodes();
    await expect(
      db.transaction(async (tx) => {
        await tx.run(sql`insert into agency values (${'c1'}, ${'C one'}, ${'youth'})`);
        await tx.run(sql`insert into agency values (${'a1'}, ${'duplicate key'}, ${'police'})`);
      }),
    ).rejects.toThrow(/duplicate key/i);
    expect(await agencyCodes()).toEqual(before);
  });

  it('leaves the connection usable after a rollback', async () => {
    await db.transaction(async (tx) => {
      await tx.run(sql`insert into agency values (${'d1'}, ${'D one'}, ${'other'})`);
    });
    expect(await agencyCodes()).toContain('d1');
  });
});
