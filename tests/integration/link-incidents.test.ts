import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import { removeBatch } from '../../server/ingest/remove-batch.ts';
import { countReportsAndIncidents } from '../../server/queries/linking-counts.ts';
import { canonicalCsv, type CanonicalRow } from '../fixtures/ingest/canonical-csv.ts';
import { options, tempDir, writeFile } from '../fixtures/ingest/ingest-kit.ts';
import { testDb } from '../helpers/test-app.ts';

const dir = tempDir();
const E = 458_000;
const N = 304_000;
/** A report `dx` metres east of the reference point, `minutes` after 21:00 on 5 March 2024. */
const at = (
  id: string,
  agency: string,
  category: string,
  dx: number,
  minutes: number,
  o: CanonicalRow = {},
): CanonicalRow => ({
  agency,
  source_record_id: id,
  received_at: new Date(Date.UTC(2024, 2, 5, 21, minutes)).toISOString(),
  category,
  easting: String(E + dx),
  northing: String(N),
  ...o,
});

/**
 * P1 (police, rowdy), H1 (housing, noise, 50 m east, +30 min) and C1 (council, rowdy, 120 m, +50 min) are
 * one incident: P1-H1 and H1-C1 are within 100 m and 60 min, P1-C1 only through H1. Not linked: F1, a
 * fly-tip on the spot (another family); P2, the police again 200 min later; H2, housing 250 m away; M1, a
 * month-only report; P4 and P5, two police reports of one thing 2 km away (the same agency). X1 and X2
 * (51 m, 31 min) straddle a bucket edge in space (463,000 m) and in time (22:00): linked.
 */
const POLICE = [
  at('P1', 'police', 'rowdy', 0, 0),
  at('P2', 'police', 'rowdy', 0, 200),
  at('P4', 'police', 'noise', 2000, 0),
  at('P5', 'police', 'noise', 2000, 1),
  at('M1', 'police', 'rowdy', 0, 0, { received_at: '2024-03' }),
  at('X1', 'police', 'noise', 4_999, 59),
];
const HOUSING = [at('H1', 'housing', 'noise', 50, 30), at('H2', 'housing', 'noise', 250, 0)];
const COUNCIL = [
  at('C1', 'city_council', 'rowdy', 120, 50),
  at('F1', 'city_council', 'fly_tipping', 0, 0),
  at('X2', 'city_council', 'noise', 5_050, 90),
];

let db: Db;
const batch: Record<string, number> = {};
const incidents = async () =>
  Object.fromEntries(
    (
      await db.all<{
        id: string;
        incident: string | null;
      }>(sql`select c.source_record_id as id, i.source_record_id as incident
        from contact c left join contact i on i.id = c.incident_id order by c.source_record_id`)
    ).map((r) => [r.id, r.incident]),
  );

beforeAll(async () => {
  db = await testDb();
  for (const [name, rows] of Object.entries({ police: POLICE, housing: HOUSING, council: COUNCIL })) {
    const r = await ingestFile(db, writeFile(dir, `${name}.csv`, canonicalCsv(rows)), options());
    batch[name] = r.batchId ?? -1;
  }
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('cross-agency linking at ingest', () => {
  it('links reports of one incident to different agencies, through a chain, under the smallest contact id', async () => {
    expect(await incidents()).toEqual({
      C1: 'P1',
      F1: null,
      H1: 'P1',
      H2: null,
      M1: null,
      P1: 'P1',
      P2: null,
      P4: null,
      P5: null,
      X1: 'X1',
      X2: 'X1',
    });
  });

  it('counts the linked reports once as incidents and every report as reports', async () => {
    expect(await countReportsAndIncidents(db)).toEqual({ reports: 11, incidents: 8 });
  });

  it("reports how many of a batch's contacts were linked", async () => {
    expect(
      await db.all(sql`select file_name like '%council.csv' as council, rows_linked from batch order by id`),
    ).toEqual([
      { council: false, rows_linked: 0 },
      { council: false, rows_linked: 1 },
      { council: true, rows_linked: 2 },
    ]);
  });

  it('unlinks and relinks what is left when a batch is removed', async () => {
    const r = await removeBatch(db, batch.housing ?? -1);
    expect(r.removed).toMatchObject({ contacts: 2, links: 1 });
    expect(r.relinked).toBe(2);
    const left = await incidents();
    expect(left).toEqual({
      C1: null,
      F1: null,
      M1: null,
      P1: null,
      P2: null,
      P4: null,
      P5: null,
      X1: 'X1',
      X2: 'X1',
    });
  });

  it('takes wider thresholds when asked: 200 m links the council report to the police again', async () => {
    const file = writeFile(dir, 'housing-again.csv', canonicalCsv([at('H9', 'housing', 'noise', 500, 0)]));
    const r = await ingestFile(db, file, options({ link: { metres: 200, minutes: 60 } }));
    expect(r.counts.linked).toBe(0);
    const wide = writeFile(dir, 'housing-wide.csv', canonicalCsv([at('H8', 'housing', 'noise', 60, 10)]));
    await ingestFile(db, wide, options({ link: { metres: 200, minutes: 60 } }));
    expect((await incidents()).C1).toBe('P1');
  });

  it('links two new reports of one file across a corner of the buckets (east and south, 32 m, 5 min)', async () => {
    const rows = [
      at('Y1', 'police', 'rowdy', 9_999, 0),
      at('Y2', 'housing', 'rowdy', 10_010, 5, { northing: String(N - 30) }),
    ];
    const r = await ingestFile(db, writeFile(dir, 'corner.csv', canonicalCsv(rows)), options());
    expect(r.counts.linked).toBe(2);
    const all = await incidents();
    expect([all.Y1, all.Y2]).toEqual(['Y1', 'Y1']);
  });
});
