import { afterAll, beforeAll } from 'vitest';
import type { PlantedTruth } from '../../server/contract/planted-truth.ts';
import type { Db } from '../../server/db/database.ts';
import { seedDemo } from '../../server/demo/seed-demo.ts';
import { latestTruth } from '../../server/generate/store/truth-store.ts';
import { startTestApp, testDb, type TestApp } from './test-app.ts';

export const DEMO_TEST_SEED = 20240401;

/** A test database holding the seeded demo dataset (boundaries and `records` contacts). */
export async function demoDb(records: number, seed = DEMO_TEST_SEED): Promise<Db> {
  const db = await testDb();
  await seedDemo(db, { records, seed }, () => undefined);
  return db;
}

/** The app over a demo database for one test file: signed in as analyst, with what the demo planted. */
export function useDemoApp(records: number): { app: TestApp; cookie: string; truth: PlantedTruth } {
  const env = {} as { app: TestApp; cookie: string; truth: PlantedTruth };
  beforeAll(async () => {
    env.app = await startTestApp({ db: await demoDb(records) });
    env.cookie = await env.app.login('analyst');
    const truth = await latestTruth(env.app.db);
    if (!truth) throw new Error('the demo stores its planted truth');
    env.truth = truth;
  });
  afterAll(async () => {
    await env.app.close();
    env.app.db.close();
  });
  return env;
}
