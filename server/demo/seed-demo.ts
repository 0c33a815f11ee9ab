import type { Db } from '../db/database.ts';
import { DEMO_SOURCE } from '../generate/demoshire/demoshire-layers.ts';
import { generateIntoDb } from '../generate/generate.ts';
import { DEMO_MONTHS, DEMO_REFERENCE_DATE, periodBefore } from '../generate/generate-options.ts';
import { listLayers } from '../queries/boundaries.ts';
import { countContacts } from '../queries/meta.ts';
import { findUserByName } from '../queries/users.ts';
import { DEMO_USERS } from './demo-users.ts';
import { seedDemoUsers } from './seed-demo-users.ts';

export interface DemoOptions {
  records: number;
  seed: number;
  /** Data ends with the last complete month before this date; fixed by default so a seed always gives the same data. */
  referenceDate?: string;
}

/**
 * Fills an empty database with the generator's demo dataset (the fictional district, its contacts
 * and what was planted in them); a database with contacts is left alone.
 */
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
      // Real boundaries mean a real deployment: invented contacts must not mix with its real ones.
      out('Empty database with real boundary layers loaded: the demo dataset is not loaded.');
    } else {
      out(
        `Empty database: generating the demo dataset (${options.records} records, seed ${options.seed})...`,
      );
      const started = performance.now();
      const period = periodBefore(options.referenceDate ?? DEMO_REFERENCE_DATE, DEMO_MONTHS);
      const loaded = await generateIntoDb(
        db,
        { records: options.records, seed: options.seed, ...period },
        DEMO_SOURCE,
      );
      contactsSeeded = loaded.contacts;
      out(`Loaded ${loaded.contacts} demo contacts in ${Math.round(performance.now() - started)} ms.`);
    }
  }
  const demoUsers = (await findUserByName(db, DEMO_USERS[0]?.username ?? '')) !== null;
  return { usersCreated, demoUsers, contactsSeeded };
}
