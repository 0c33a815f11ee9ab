import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../../server/db/database.ts';
import { resetJoinOrder, withJoinsAsWritten } from '../../server/db/joins-as-written.ts';
import { sql } from '../../server/db/sql.ts';

// One connection, so every statement below sees the planner setting the ones before it left.
let db: Db;
beforeAll(async () => {
  db = await Db.open({ path: ':memory:', threads: 2, memoryLimit: '1GB', maxConcurrent: 1 });
  await db.run(sql`create table t (a integer primary key)`);
});
afterAll(() => db.close());

const setting = async () =>
  (await db.all<{ s: string }>(sql`select current_setting('disabled_optimizers') as s`))[0]?.s;

describe('withJoinsAsWritten', () => {
  it('turns join reordering off for its statements only', async () => {
    const inside = await db.transaction((tx) =>
      withJoinsAsWritten(tx, async () => {
        const [r] = await tx.all<{ s: string }>(sql`select current_setting('disabled_optimizers') as s`);
        return r?.s;
      }),
    );
    expect(inside).toBe('join_order,build_side_probe_side');
    expect(await setting()).toBe('');
  });

  it('resets after a failure, or once the transaction it aborted has ended', async () => {
    const fails = () =>
      withJoinsAsWritten(db, async () => db.run(sql`insert into t values (1), (1)`)).catch(() => 'failed');
    expect(await fails()).toBe('failed');
    expect(await setting()).toBe('');
    // Inside a transaction the failure aborts it, the reset too: the setting stays on until `after`.
    const stuck = db.transaction((tx) =>
      withJoinsAsWritten(tx, () => tx.run(sql`insert into t values (2), (2)`)),
    );
    await expect(stuck).rejects.toThrow(/constraint/i);
    expect(await setting()).toBe('join_order,build_side_probe_side');
    const failed = db.transaction(
      (tx) => withJoinsAsWritten(tx, () => tx.run(sql`insert into t values (2), (2)`)),
      { after: (ex) => resetJoinOrder(ex) },
    );
    await expect(failed).rejects.toThrow(/constraint/i);
    expect(await setting()).toBe('');
    expect(await db.all(sql`select * from t`)).toEqual([]);
  });
});
