import type { Health } from '../contract/dashboard.ts';
import type { Db } from '../db/database.ts';
import { countContacts, dataVersion } from '../queries/meta.ts';

export async function getHealth(db: Db): Promise<Health> {
  const [contacts, version] = await Promise.all([countContacts(db), dataVersion(db)]);
  return { status: 'ok', contacts, dataVersion: version };
}
