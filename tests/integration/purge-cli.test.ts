import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { sql } from '../../server/db/sql.ts';
import { seedDemo } from '../../server/demo/seed-demo.ts';
import { DEMO_TEST_SEED } from '../helpers/demo-db.ts';
import { runCli } from '../helpers/run-cli.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-cli-purge-'));
const file = path.join(dir, 'purge.duckdb');

async function inDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await Db.open({ path: file, threads: 1, memoryLimit: '512MB', maxConcurrent: 1 });
  try {
    return await fn(db);
  } finally {
    db.close();
  }
}

const cli = (...args: string[]) => runCli([...args, '--db', file]);
const count = (q: ReturnType<typeof sql>) => inDb(async (db) => (await db.all<{ n: number }>(q))[0]?.n ?? -1);
const fireContacts = () => count(sql`select count(*)::double as n from contact where agency_code = 'fire'`);
// As of 2026-11-10, 12 months keeps November 2025 on: worked out by hand.
const dueFire = () =>
  count(
    sql`select count(*)::double as n from contact where agency_code = 'fire' and received_on < '2025-11-01'`,
  );

describe('icsb retention and icsb purge', () => {
  beforeAll(async () => {
    await inDb(async (db) => {
      await migrate(db);
      await seedDemo(db, { records: 5000, seed: DEMO_TEST_SEED }, () => undefined);
    });
  }, 120_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('retention set stores the months and retention list shows them', async () => {
    const set = await cli('retention', 'set', 'fire', '12');
    expect(set.stderr).toBe('');
    expect(set.stdout).toContain('Contacts of fire are now kept 12 months');
    const list = await cli('retention', 'list');
    expect(list.stdout).toMatch(/fire\s+.*\s12 months/);
    expect(list.stdout).toMatch(/police\s+.*\skept/);
  });

  it('refuses an unknown agency and a bad number of months', async () => {
    expect((await cli('retention', 'set', 'nowhere', '12')).stderr).toMatch(/No agency with code "nowhere"/);
    const bad = await cli('retention', 'set', 'fire', '-3');
    expect(bad.code).not.toBe(0);
  });

  it('purge --dry-run reports what would go and changes nothing', async () => {
    const before = await fireContacts();
    const due = await dueFire();
    expect(due).toBeGreaterThan(0);
    const r = await cli('purge', '--dry-run', '--as-of', '2026-11-10');
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('nothing was changed');
    expect(r.stdout).toContain(`fire: ${due.toLocaleString('en-GB')} contacts received before 2025-11-01`);
    expect(await fireContacts()).toBe(before);
    expect(await count(sql`select count(*)::double as n from audit_log where action = 'purge'`)).toBe(0);
  });

  it('purge removes them and records it in the audit log', async () => {
    const before = await fireContacts();
    const due = await dueFire();
    const others = await count(sql`select count(*)::double as n from contact where agency_code <> 'fire'`);
    const r = await cli('purge', '--as-of', '2026-11-10');
    expect(r.stderr).toBe('');
    expect(await fireContacts()).toBe(before - due);
    expect(await count(sql`select count(*)::double as n from contact where agency_code <> 'fire'`)).toBe(
      others,
    );
    const audit = await inDb((db) =>
      db.all<{ detail: string }>(sql`select detail from audit_log where action = 'purge'`),
    );
    expect(audit.map((a) => a.detail.split(' (')[0])).toEqual([
      `command line: purge as of 2026-11-10: fire: ${due.toLocaleString('en-GB')} contacts received before 2025-11-01`,
    ]);
  });
});
