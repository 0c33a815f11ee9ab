import type { Db } from '../db/database.ts';
import { upsertAgency } from '../queries/agencies.ts';
import { countUsers, insertUser } from '../queries/users.ts';
import { hashPassword } from '../services/auth/passwords.ts';
import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_USERS } from './demo-users.ts';

/** Creates the demo agencies, and one user per role when the database has no users yet. */
export async function seedDemoUsers(db: Db): Promise<boolean> {
  for (const a of DEMO_AGENCIES) await upsertAgency(db, a);
  if ((await countUsers(db)) > 0) return false;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  for (const u of DEMO_USERS) await insertUser(db, { ...u, passwordHash });
  return true;
}
