import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { sql } from '../../server/db/sql.ts';
import { DEMO_PASSWORD } from '../../server/demo/demo-users.ts';
import { seedDemoUsers } from '../../server/demo/seed-demo-users.ts';
import { signIn } from '../../server/services/auth/sessions.ts';
import { runCli } from '../helpers/run-cli.ts';

const policy = { idleMinutes: 30, maxHours: 12 };
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-cli-'));
const file = path.join(dir, 'cli.duckdb');
const openFile = () => Db.open({ path: file, threads: 1, memoryLimit: '512MB', maxConcurrent: 1 });

/** Opens the test database in this process, runs fn, and closes it so the CLI can take the file. */
async function inDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await openFile();
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

const add = (args: string[], password: string) =>
  runCli(['user', 'add', ...args, '--password-stdin', '--db', file], `${password}\n`);
const list = () => runCli(['user', 'list', '--db', file]);

describe('icsb user', () => {
  beforeAll(async () => {
    await inDb(async (db) => {
      await migrate(db);
      await seedDemoUsers(db);
    });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('user add creates a user whose password then signs in', async () => {
    const r = await add(['--username', 'casey', '--agency', 'fire', '--role', 'tasking'], 'casey-password-1');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Created user casey \(role tasking, agency fire\)/);
    const session = await inDb((db) => signIn(db, policy, 'casey', 'casey-password-1'));
    expect(session?.user).toMatchObject({ username: 'casey', role: 'tasking', agencyCode: 'fire' });
  });

  it('user list shows every user with role, agency and disabled', async () => {
    const r = await list();
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^ID\s+USERNAME\s+ROLE\s+AGENCY\s+DISABLED$/);
    expect(lines.find((l) => /\bcasey\b/.test(l))).toMatch(/casey\s+tasking\s+fire\s+no$/);
    expect(lines).toHaveLength(1 + 5);
  });

  it.each([
    [
      'an unknown role',
      ['--username', 'x1', '--agency', 'police', '--role', 'boss'],
      /Unknown role 'boss'\. Roles: admin, analyst, tasking, board/,
    ],
    [
      'an unknown agency',
      ['--username', 'x2', '--agency', 'mi5', '--role', 'board'],
      /Unknown agency 'mi5'\. Agencies: .*police/,
    ],
    ['a taken username', ['--username', 'casey', '--agency', 'police', '--role', 'board'], /already exists/],
  ])('user add refuses %s with exit code 1', async (_what, args, message) => {
    const r = await add(args, 'good-password-1');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });

  it('user add refuses a short password and creates nothing', async () => {
    const r = await add(['--username', 'shorty', '--agency', 'police', '--role', 'board'], 'short');
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/Password must be at least 10 characters/);
    expect((await list()).stdout).not.toContain('shorty');
  });

  it('asks for --password-stdin when there is no terminal', async () => {
    const r = await runCli([
      'user',
      'add',
      '--username',
      'x3',
      '--agency',
      'police',
      '--role',
      'board',
      '--db',
      file,
    ]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/--password-stdin/);
  });

  it('user set-password replaces the password and ends open sessions', async () => {
    await inDb((db) => signIn(db, policy, 'analyst', DEMO_PASSWORD));
    const r = await runCli(
      ['user', 'set-password', '--username', 'analyst', '--password-stdin', '--db', file],
      'fresh-password-2\n',
    );
    expect(r.code).toBe(0);
    await inDb(async (db) => {
      expect(await signIn(db, policy, 'analyst', DEMO_PASSWORD)).toBeNull();
      const sessions = await db.all(
        sql`select 1 from user_session s join app_user u on u.id = s.user_id where u.username = 'analyst'`,
      );
      expect(sessions).toHaveLength(0);
      expect(await signIn(db, policy, 'analyst', 'fresh-password-2')).not.toBeNull();
    });
  });

  it("user disable blocks sign-in and deletes the user's sessions", async () => {
    await inDb((db) => signIn(db, policy, 'board', DEMO_PASSWORD));
    const r = await runCli(['user', 'disable', '--username', 'board', '--db', file]);
    expect(r.code).toBe(0);
    await inDb(async (db) => {
      const sessions = await db.all(
        sql`select 1 from user_session s join app_user u on u.id = s.user_id where u.username = 'board'`,
      );
      expect(sessions).toHaveLength(0);
      expect(await signIn(db, policy, 'board', DEMO_PASSWORD)).toBeNull();
    });
    expect((await list()).stdout).toMatch(/board\s+board\s+csp\s+yes/);
  });

  it('names an unknown user', async () => {
    const r = await runCli(['user', 'disable', '--username', 'ghost', '--db', file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No user named 'ghost'/);
  });

  it('says so when the database file does not exist, and does not create it', async () => {
    const missing = path.join(dir, 'typo.duckdb');
    const r = await runCli(['user', 'list', '--db', missing]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No database at .*typo\.duckdb/);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it('says the database is in use when another process holds it', async () => {
    const db = await openFile();
    try {
      const r = await list();
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/database .*cli\.duckdb is in use by another process \(PID \d+/);
      expect(r.stderr).toMatch(/icsb serve/);
    } finally {
      db.close();
    }
  });
});
