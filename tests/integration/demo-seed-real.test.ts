import { describe, expect, it } from 'vitest';
import { Db } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { sql } from '../../server/db/sql.ts';
import { seedDemo } from '../../server/demo/seed-demo.ts';
import { seedDemoUsers } from '../../server/demo/seed-demo-users.ts';
import { insertBatch } from '../../server/queries/batches.ts';
import { findUserByName, setPassword, setUserDisabled } from '../../server/queries/users.ts';
import { hashPassword } from '../../server/services/auth/passwords.ts';
import { FIXTURE_WARDS, insertFixture } from '../helpers/contact-fixtures.ts';

const bareDb = async () => {
  const db = await Db.open({ path: ':memory:', threads: 2, memoryLimit: '1GB', maxConcurrent: 2 });
  await migrate(db);
  return db;
};

async function seed(db: Db, records = 200) {
  const lines: string[] = [];
  const result = await seedDemo(db, { records, seed: 7 }, (l) => lines.push(l));
  const [stored] = await db.all<{ users: number; demoAgencies: number; contacts: number }>(
    sql`select (select count(*) from app_user)::integer as users,
      (select count(*) from agency where name like 'Demo%')::integer as "demoAgencies",
      (select count(*) from contact)::integer as contacts`,
  );
  return { result, lines, stored };
}

const loadBatch = (db: Db, source: string) => insertBatch(db, { source, fileName: null, loadedBy: null });

describe('the demo seed on a real deployment', () => {
  it('gives a database with real boundaries no demo agencies, users or contacts, and says how to add an administrator', async () => {
    const db = await bareDb();
    await insertFixture(db, { layers: [FIXTURE_WARDS], contacts: [] });
    const { result, lines, stored } = await seed(db);
    expect(result).toEqual({ usersCreated: false, demoUsers: false, contactsSeeded: 0 });
    expect(stored).toEqual({ users: 0, demoAgencies: 0, contacts: 0 });
    expect(lines.join('\n')).toMatch(/No users yet/);
    expect(lines.some((l) => l.includes('npx icsb user add') && l.includes('--role admin'))).toBe(true);
    db.close();
  });

  it('treats loaded batches without boundaries as a real deployment too', async () => {
    const db = await bareDb();
    await loadBatch(db, 'police-uk');
    const { result, stored } = await seed(db);
    expect(result.usersCreated).toBe(false);
    expect(stored).toEqual({ users: 0, demoAgencies: 0, contacts: 0 });
    db.close();
  });

  it('names the enabled demo users that still sign in with the published password', async () => {
    const db = await bareDb();
    await seedDemoUsers(db);
    await setPassword(db, 'analyst', await hashPassword('a-password-of-its-own'));
    const board = await findUserByName(db, 'board');
    await setUserDisabled(db, board?.id ?? -1, true);
    await loadBatch(db, 'contacts');
    const { lines } = await seed(db);
    const warned = lines.filter((l) => l.startsWith('WARNING')).map((l) => /user (\w+)/.exec(l)?.[1]);
    expect(warned).toEqual(['admin', 'tasking']);
    db.close();
  });
});

describe('the demo seed on a demo database', () => {
  it('fills an empty database with the demo users, agencies and contacts', async () => {
    const db = await bareDb();
    const { result, stored } = await seed(db);
    expect(result).toEqual({ usersCreated: true, demoUsers: true, contactsSeeded: 200 });
    expect(stored).toEqual({ users: 4, demoAgencies: 6, contacts: 200 });
    db.close();
  });

  it('still counts a demo where someone uploaded a file as the demo', async () => {
    const db = await bareDb();
    await loadBatch(db, 'demo');
    await loadBatch(db, 'contacts');
    const { result, lines } = await seed(db, 0);
    expect(result).toEqual({ usersCreated: true, demoUsers: true, contactsSeeded: 0 });
    expect(lines.join('\n')).not.toMatch(/Real boundaries/);
    db.close();
  });
});
