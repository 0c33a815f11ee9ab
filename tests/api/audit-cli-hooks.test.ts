import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { sql } from '../../server/db/sql.ts';
import { seedDemoUsers } from '../../server/demo/seed-demo-users.ts';
import { runCli } from '../helpers/run-cli.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-audit-cli-'));
const file = path.join(dir, 'audit.duckdb');

async function inDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await Db.open({ path: file, threads: 1, memoryLimit: '512MB', maxConcurrent: 1 });
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

const userChanges = () =>
  inDb((db) =>
    db.all<{ detail: string; username: string | null; ip: string | null }>(
      sql`select detail, username, ip from audit_log where action = 'user_change' order by id`,
    ),
  );

describe('user changes on the command line are audited', () => {
  beforeAll(async () => {
    await inDb(async (db) => {
      await migrate(db);
      await seedDemoUsers(db);
    });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('records add, set-password and disable, with no user or address', async () => {
    const pw = 'long-enough-pw\n';
    const db = ['--db', file];
    const add = [
      'user',
      'add',
      '--username',
      'jo',
      '--agency',
      'fire',
      '--role',
      'tasking',
      '--password-stdin',
    ];
    expect((await runCli([...add, ...db], pw)).code).toBe(0);
    const set = ['user', 'set-password', '--username', 'jo', '--password-stdin'];
    expect((await runCli([...set, ...db], pw)).code).toBe(0);
    expect((await runCli(['user', 'disable', '--username', 'jo', ...db])).code).toBe(0);
    expect(await userChanges()).toEqual([
      { detail: 'command line: created user jo (role tasking, agency fire)', username: null, ip: null },
      { detail: 'command line: password changed for jo', username: null, ip: null },
      { detail: 'command line: disabled user jo', username: null, ip: null },
    ]);
  });

  it('records nothing when the command is refused', async () => {
    const before = (await userChanges()).length;
    const r = await runCli(['user', 'disable', '--username', 'nobody', '--db', file]);
    expect(r.code).not.toBe(0);
    expect(await userChanges()).toHaveLength(before);
  });
});
