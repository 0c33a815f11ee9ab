import type { Db } from '../db/database.ts';
import { listLayers } from '../queries/boundaries.ts';
import { countContacts } from '../queries/meta.ts';
import { findUserByName } from '../queries/users.ts';
import { DEMO_SOURCE } from './demo-layers.ts';
import { DEMO_USERS } from './demo-users.ts';
import { loadDemoData } from './load-demo.ts';
import { seedDemoUsers } from './seed-demo-users.ts';

export interface DemoOptions {
  records: number;
  seed: number;
  /** Data ends with the last complete month before this date; fixed by default so a seed always gives the same data. */
  referenceDate?: string;
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
    const layers = await listLayers(db);
    if (layers.some((l) => l.source !== DEMO_SOURCE)) {
      // Demo points lie in a fictional district; tagging them against real boundaries would be wrong.
      out('Empty database with real boundary layers loaded: the demo dataset is not loaded.');
    } else {
      out(`Empty database: loading the demo dataset (${options.records} records, seed ${options.seed})...`);
      const loaded = await loadDemoData(db, { ...options, boundaries: layers.length === 0 });
      contactsSeeded = loaded.contacts;
      out(`Loaded ${loaded.contacts} demo contacts in ${loaded.ms} ms.`);
    }
  }
  const demoUsers = (await findUserByName(db, DEMO_USERS[0]?.username ?? '')) !== null;
  return { usersCreated, demoUsers, contactsSeeded };
}
