import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { sql } from '../../server/db/sql.ts';
import { seedDemoUsers } from '../../server/demo/seed-demo-users.ts';
import { runCli } from '../helpers/run-cli.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-cli-agency-'));
const file = path.join(dir, 'agency.duckdb');

async function inDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await Db.open({ path: file, threads: 1, memoryLimit: '512MB', maxConcurrent: 1 });
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

const agency = (...args: string[]) => runCli(['agency', ...args, '--db', file]);
const stored = (code: string) =>
  inDb((db) =>
    db.all<{ name: string; kind: string }>(sql`select name, kind from agency where code = ${code}`),
  );

describe('icsb agency', () => {
  beforeAll(async () => {
    await inDb(async (db) => {
      await migrate(db);
      await seedDemoUsers(db);
    });
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('agency add stores the agency with its name and kind', async () => {
    const r = await agency('add', 'north_fire', '--name', 'North Fire and Rescue', '--kind', 'fire');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Added agency north_fire \("North Fire and Rescue", kind fire\)/);
    expect(await stored('north_fire')).toEqual([{ name: 'North Fire and Rescue', kind: 'fire' }]);
  });

  it('agency list shows every agency with kind, contacts and users', async () => {
    const r = await agency('list');
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^CODE\s+NAME\s+KIND\s+CONTACTS\s+USERS$/);
    expect(lines.find((l) => l.startsWith('north_fire '))).toMatch(/North Fire and Rescue\s+fire\s+0\s+0$/);
    const agencies = await inDb((db) => db.all(sql`select code from agency`));
    expect(lines).toHaveLength(1 + agencies.length);
  });

  it('agency rename changes the name and keeps code and kind', async () => {
    const r = await agency('rename', 'north_fire', '--name', 'Northshire Fire');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/"North Fire and Rescue" -> "Northshire Fire"/);
    expect(await stored('north_fire')).toEqual([{ name: 'Northshire Fire', kind: 'fire' }]);
  });

  it.each([
    [
      'a taken code',
      ['add', 'north_fire', '--name', 'X', '--kind', 'fire'],
      /already exists \("Northshire Fire"\)/,
    ],
    ['a bad code', ['add', 'North Fire', '--name', 'X', '--kind', 'fire'], /is not an agency code/],
    [
      'an unknown kind',
      ['add', 'xx', '--name', 'X', '--kind', 'army'],
      /Unknown kind "army"\. Kinds: police, /,
    ],
    [
      'an ambiguous kind',
      ['add', 'xx', '--name', 'X', '--kind', 'council'],
      /ambiguous: use unitary_council/,
    ],
    ['an empty name', ['add', 'xx', '--name', '  ', '--kind', 'other'], /name must be 1 to 120/],
    ['renaming an unknown agency', ['rename', 'ghost', '--name', 'X'], /No agency with code "ghost"/],
  ])('refuses %s with exit code 1 and changes nothing', async (_what, args, message) => {
    const r = await agency(...args);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(message);
    expect(await stored('xx')).toEqual([]);
  });

  it('says so when the database file does not exist', async () => {
    const r = await runCli(['agency', 'list', '--db', path.join(dir, 'typo.duckdb')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No database at .*typo\.duckdb/);
  });
});
