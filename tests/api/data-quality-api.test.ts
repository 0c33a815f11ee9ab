import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BatchList, DataQuality } from '../../server/contract/data.ts';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { DEMO_AGENCIES } from '../../server/demo/demo-users.ts';
import { latestTruth } from '../../server/generate/store/truth-store.ts';
import { contact, insertFixture } from '../helpers/contact-fixtures.ts';
import { demoDb } from '../helpers/demo-db.ts';
import { startTestApp, testDb, type TestApp } from '../helpers/test-app.ts';

/**
 * Hand-counted: police has 6 contacts in 2025-01 (ids 1-6), none in 2025-02, 5 in 2025-03 (ids 7-11):
 * a typical (median) month of 5, so the empty February is a feed gap. Housing has 2025-01 (id 20,
 * month-only) and 2025-03 (id 21, a day, no coordinates, out of area): its February is empty but, at a
 * typical month of 1, not a gap. Fire has only 2025-02 (id 30). Ids 1 and 30 are one incident.
 */
const police = (ids: number[], receivedOn: string) => ids.map((id) => contact(id, { receivedOn }));
const HAND = [
  contact(1, { receivedOn: '2025-01-10', timePrecision: 'time', receivedAtMs: Date.UTC(2025, 0, 10, 22) }),
  ...police([2, 3, 4, 5, 6], '2025-01-20'),
  ...police([7, 8, 9, 10, 11], '2025-03-15'),
  contact(20, { receivedOn: '2025-01-01', agencyCode: 'housing', timePrecision: 'month' }),
  contact(21, { receivedOn: '2025-03-03', agencyCode: 'housing' }),
  contact(30, { receivedOn: '2025-02-02', agencyCode: 'fire' }),
];

async function handDb(): Promise<Db> {
  const db = await testDb();
  await insertFixture(db, { contacts: HAND });
  await db.run(sql`update contact set lat = null, lon = null, easting = null, northing = null, out_of_area = true
    where id = 21`);
  await db.run(sql`update contact set incident_id = 1 where id in (1, 30)`);
  await db.run(sql`update batch set rows_read = 9, rows_rejected = 3,
    report = '{"unmapped":[{"column":"Problem Type","value":"Dog Fouling","rows":2}]}'::json`);
  await db.run(sql`insert into batch_reject (batch_id, line, column_name, value, reason)
    select id, 4, 'lat', '99', 'outside Great Britain' from batch`);
  return db;
}

const nameOf = (code: string) => DEMO_AGENCIES.find((a) => a.code === code)?.name;

let app: TestApp;
let analyst: string;
beforeAll(async () => {
  app = await startTestApp({ db: await handDb() });
  analyst = await app.login('analyst');
});
afterAll(async () => {
  await app.close();
  app.db.close();
});

const quality = async (a: TestApp, cookie: string) =>
  DataQuality.parse(await (await a.request('/api/data/quality', { cookie })).json());

describe('GET /api/data/quality', () => {
  it('counts contacts per agency per month and flags an empty month as a gap only in a busy feed', async () => {
    const q = await quality(app, analyst);
    expect(q.months).toEqual(['2025-01', '2025-02', '2025-03']);
    expect(q.agencies.map((a) => [a.code, a.counts, a.typical, a.emptyMonths, a.gaps])).toEqual([
      ['fire', [0, 1, 0], 1, [], []],
      ['housing', [1, 0, 1], 1, ['2025-02'], []],
      ['police', [6, 0, 5], 5, ['2025-02'], ['2025-02']],
    ]);
  });

  it('counts out of area, month-only, day-only and no coordinates per agency', async () => {
    const q = await quality(app, analyst);
    expect(q.completeness).toEqual([
      {
        code: 'fire',
        name: nameOf('fire'),
        contacts: 1,
        outOfArea: 0,
        monthOnly: 0,
        dayOnly: 1,
        noCoordinates: 0,
      },
      {
        code: 'housing',
        name: nameOf('housing'),
        contacts: 2,
        outOfArea: 1,
        monthOnly: 1,
        dayOnly: 1,
        noCoordinates: 1,
      },
      {
        code: 'police',
        name: nameOf('police'),
        contacts: 11,
        outOfArea: 0,
        monthOnly: 0,
        dayOnly: 10,
        noCoordinates: 0,
      },
    ]);
  });

  it('lists unmapped values, rejects per batch and the incidents linked across agencies', async () => {
    const q = await quality(app, analyst);
    expect(q.unmapped).toEqual([
      { batchId: 1, fileName: null, column: 'Problem Type', value: 'Dog Fouling', rows: 2 },
    ]);
    expect(q.rejects).toEqual([{ batchId: 1, fileName: null, read: 9, rejected: 3, setAside: 1 }]);
    expect(q.links).toEqual({
      linkedReports: 2,
      incidents: 1,
      pairs: [{ a: 'fire', b: 'police', incidents: 1 }],
    });
  });

  it('and the batch list are for administrators and analysts only', async () => {
    for (const role of ['tasking', 'board']) {
      const who = await app.login(role);
      expect((await app.request('/api/data/quality', { cookie: who })).status, role).toBe(403);
      expect((await app.request('/api/data/batches', { cookie: who })).status, role).toBe(403);
    }
    const list = BatchList.parse(await (await app.request('/api/data/batches', { cookie: analyst })).json());
    expect(list.batches.map((b) => [b.id, b.agencies])).toEqual([[1, ['fire', 'housing', 'police']]]);
  });
});

describe('GET /api/data/quality on the demo data', () => {
  it('flags the feed outage the generator planted, and no other month', async () => {
    const db = await demoDb(8000);
    const demo = await startTestApp({ db });
    try {
      const truth = await latestTruth(db);
      if (!truth) throw new Error('the demo should store what it planted');
      const q = await quality(demo, await demo.login('admin'));
      const flagged = q.agencies.flatMap((a) => a.gaps.map((m) => `${a.code} ${m}`));
      expect(flagged).toEqual([`${truth.outage.agency} ${truth.outage.month}`]);
      const outage = q.agencies.find((a) => a.code === truth.outage.agency);
      expect(outage?.counts[q.months.indexOf(truth.outage.month)]).toBe(0);
    } finally {
      await demo.close();
      db.close();
    }
  });
});
