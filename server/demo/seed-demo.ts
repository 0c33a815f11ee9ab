import type { Db } from '../db/database.ts';
import { DEMO_SOURCE } from '../generate/demoshire/demoshire-layers.ts';
import { generateIntoDb } from '../generate/generate.ts';
import { DEMO_MONTHS, DEMO_REFERENCE_DATE, periodBefore } from '../generate/generate-options.ts';
import { batchSources } from '../queries/batches.ts';
import { listLayers } from '../queries/boundaries.ts';
import { countContacts } from '../queries/meta.ts';
import { countUsers, findUserByName } from '../queries/users.ts';
import { verifyPassword } from '../services/auth/passwords.ts';
import { DEMO_PASSWORD, DEMO_USERS } from './demo-users.ts';
import { seedDemoUsers } from './seed-demo-users.ts';

export interface DemoOptions {
  records: number;
  seed: number;
  /** Data ends with the last complete month before this date; fixed by default so a seed always gives the same data. */
  referenceDate?: string;
}

/**
 * Real boundary layers or loaded batches make a real deployment, unless the demo dataset is loaded too
 * (a demo where someone tried an upload).
 */
async function isRealDeployment(db: Db): Promise<boolean> {
  const sources = await batchSources(db);
  if (sources.length > 0) return !sources.includes(DEMO_SOURCE);
  return (await listLayers(db)).some((l) => l.source !== DEMO_SOURCE);
}

/**
 * Fills an empty database with the generator's demo dataset (the fictional district, its contacts
 * and what was planted in them) and its users; a demo database gets its agencies and, if it has no
 * users, its users again. A real deployment gets nothing: demo users there would be administrators
 * whose password anyone can read in the README.
 */
export async function seedDemo(
  db: Db,
  options: DemoOptions,
  out: (line: string) => void,
): Promise<{ usersCreated: boolean; demoUsers: boolean; contactsSeeded: number }> {
  if (await isRealDeployment(db)) {
    await warnRealDeployment(db, out);
    return { usersCreated: false, demoUsers: false, contactsSeeded: 0 };
  }
  const usersCreated = await seedDemoUsers(db);
  let contactsSeeded = 0;
  if ((await countContacts(db)) === 0 && options.records > 0) {
    out(`Empty database: generating the demo dataset (${options.records} records, seed ${options.seed})...`);
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
  const demoUsers = (await findUserByName(db, DEMO_USERS[0]?.username ?? '')) !== null;
  return { usersCreated, demoUsers, contactsSeeded };
}

/** How to create the first user, or which users still sign in with the demo password. */
async function warnRealDeployment(db: Db, out: (line: string) => void): Promise<void> {
  out('Real boundaries or data: the demo dataset and its users are not loaded.');
  if ((await countUsers(db)) === 0) {
    out('No users yet. Create the first administrator (and, if need be, the agency it belongs to):');
    out('  npx icsb agency add csp --name "Community Safety Partnership" --kind other');
    out('  npx icsb user add --username NAME --agency csp --role admin --password-stdin');
    return;
  }
  for (const { username } of DEMO_USERS) {
    const user = await findUserByName(db, username);
    if (user && !user.disabled && (await verifyPassword(user.password_hash, DEMO_PASSWORD)))
      out(
        `WARNING: user ${username} signs in with the published demo password: npx icsb user disable --username ${username}`,
      );
  }
}
