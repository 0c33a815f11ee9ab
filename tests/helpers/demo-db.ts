import type { Db } from '../../server/db/database.ts';
import { seedDemo } from '../../server/demo/seed-demo.ts';
import { testDb } from './test-app.ts';

export const DEMO_TEST_SEED = 20240401;

/** A test database holding the seeded demo dataset (boundaries and `records` contacts). */
export async function demoDb(records: number, seed = DEMO_TEST_SEED): Promise<Db> {
  const db = await testDb();
  await seedDemo(db, { records, seed }, () => undefined);
  return db;
}
