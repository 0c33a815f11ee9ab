import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_WARDS, HAND_CONTACTS, insertFixture } from '../helpers/contact-fixtures.ts';
import { startTestApp, testConfig, testDb, type TestApp } from '../helpers/test-app.ts';

const timingOf = (res: Response) => {
  const header = res.headers.get('server-timing') ?? '';
  const dur = (name: string) => Number(new RegExp(`${name};dur=([\\d.]+)`).exec(header)?.[1]);
  return { header, db: dur('db'), app: dur('app') };
};

describe('Server-Timing', () => {
  let on: TestApp;
  let off: TestApp;
  beforeAll(async () => {
    const db = await testDb();
    await insertFixture(db, { layers: [FIXTURE_WARDS], contacts: HAND_CONTACTS });
    on = await startTestApp({ db, config: testConfig({ ICSB_SERVER_TIMING: 'true' }) });
    off = await startTestApp({ db });
  });
  afterAll(async () => {
    await on.close();
    await off.close();
    on.db.close();
  });

  it('reports the DuckDB time of a request within the server time when turned on', async () => {
    const res = await on.request('/api/summary', { cookie: await on.login('analyst') });
    expect(res.status).toBe(200);
    const t = timingOf(res);
    expect(t.db).toBeGreaterThan(0);
    expect(t.app).toBeGreaterThanOrEqual(t.db);
  });

  it('also times answers that fail', async () => {
    const res = await on.request('/api/summary?from=2025-13-01', { cookie: await on.login('analyst') });
    expect(res.status).toBe(400);
    expect(timingOf(res).app).toBeGreaterThan(0);
  });

  it('sends no timing by default', async () => {
    const res = await off.request('/api/summary', { cookie: await off.login('analyst') });
    expect(res.status).toBe(200);
    expect(res.headers.get('server-timing')).toBeNull();
  });
});
