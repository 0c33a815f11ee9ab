import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { wgs84ToBng } from '../../server/geo/projection.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import { canonicalCsv, validRow } from '../fixtures/ingest/canonical-csv.ts';
import { EXAMPLES, options, tempDir, writeFile } from '../fixtures/ingest/ingest-kit.ts';
import { testDb } from '../helpers/test-app.ts';

const dir = tempDir();
let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const contactsOf = (batchId: number | null) =>
  db.all(sql`select source_record_id, strftime(received_at, '%Y-%m-%d %H:%M') as received_at,
      strftime(received_on, '%Y-%m-%d') as received_on, time_precision, category, asb_type, postcode,
      vulnerable, status, sla_target_hours
    from contact where batch_id = ${batchId ?? -1} order by id`);

describe('ingest --format contacts: the example file', () => {
  it('loads its four contacts with times in UTC, precisions, default ASB types and personal fields apart', async () => {
    const r = await ingestFile(db, path.join(EXAMPLES, 'contacts-example.csv'), options());
    expect(r.counts).toMatchObject({ read: 4, loaded: 4, rejected: 0, duplicates: 0, notGeocoded: 1 });
    expect(await contactsOf(r.batchId)).toEqual([
      {
        source_record_id: 'P-2024-000123',
        received_at: '2024-03-05 21:40',
        received_on: '2024-03-05',
        time_precision: 'time',
        category: 'rowdy',
        asb_type: 'nuisance',
        postcode: null,
        vulnerable: false,
        status: 'closed',
        sla_target_hours: 24,
      },
      {
        source_record_id: 'CC-88121',
        received_at: null,
        received_on: '2024-03-06',
        time_precision: 'day',
        category: 'fly_tipping',
        asb_type: 'environmental',
        postcode: null,
        vulnerable: false,
        status: 'resolved',
        sla_target_hours: 72,
      },
      {
        source_record_id: 'H/2024/5531',
        received_at: '2024-03-07 19:05',
        received_on: '2024-03-07',
        time_precision: 'time',
        category: 'noise',
        asb_type: 'nuisance',
        postcode: 'LE2 1AA',
        vulnerable: true,
        status: 'referred',
        sla_target_hours: 120,
      },
      {
        source_record_id: 'P-2024-000190',
        received_at: null,
        received_on: '2024-03-01',
        time_precision: 'month',
        category: 'unclassified',
        asb_type: 'nuisance',
        postcode: null,
        vulnerable: false,
        status: null,
        sla_target_hours: null,
      },
    ]);
    expect(
      await db.all(sql`select p.name, p.phone, p.address from contact_personal p join contact c on c.id = p.contact_id
        where c.batch_id = ${r.batchId} and p.name is not null`),
    ).toEqual([{ name: 'A. Resident', phone: '07700 900123', address: 'Flat 3, 12 Example Road' }]);
  });

  it('fills the grid coordinates from latitude/longitude and the reverse', async () => {
    const rows = await db.all<{
      lat: number;
      lon: number;
      easting: number;
      northing: number;
    }>(sql`select lat, lon, easting, northing
      from contact where source_record_id in ('P-2024-000123', 'CC-88121') order by id`);
    const [e, n] = wgs84ToBng(-1.1313, 52.6342);
    expect(rows[0]?.easting).toBeCloseTo(e, 0);
    expect(rows[0]?.northing).toBeCloseTo(n, 0);
    const back = wgs84ToBng(rows[1]?.lon ?? 0, rows[1]?.lat ?? 0);
    expect(back[0]).toBeCloseTo(458_923, 0);
    expect(back[1]).toBeCloseTo(304_117, 0);
  });
});

describe('ingest --format contacts: values', () => {
  it('applies an offset and reads a time without one as UTC', async () => {
    const file = writeFile(
      dir,
      'times.csv',
      canonicalCsv([
        validRow(101, { received_at: '2024-07-01T00:30:00+01:00' }),
        validRow(102, { received_at: '2024-07-01 00:30' }),
        validRow(103, { received_at: '2024-07-01T00:30+0200', asb_type: 'personal' }),
      ]),
    );
    const r = await ingestFile(db, file, options());
    expect(
      (await contactsOf(r.batchId)).map((c) => [
        (c as { received_at: string }).received_at,
        (c as { asb_type: string }).asb_type,
      ]),
    ).toEqual([
      ['2024-06-30 23:30', 'nuisance'],
      ['2024-07-01 00:30', 'nuisance'],
      ['2024-06-30 22:30', 'personal'],
    ]);
  });

  it('geocodes a postcode from postcode_centroid, and keeps an unknown postcode as not geocoded', async () => {
    await db.run(sql`insert into postcode_centroid (postcode, easting, northing, lat, lon, source)
      values ('LE15ZZ', 458000, 304000, 52.6327, -1.1428, 'test')`);
    const file = writeFile(
      dir,
      'postcodes.csv',
      canonicalCsv([
        validRow(201, { lat: '', lon: '', postcode: 'le1 5zz' }),
        validRow(202, { lat: '', lon: '', postcode: 'LE99 9ZZ' }),
      ]),
    );
    const r = await ingestFile(db, file, options());
    expect(r.counts).toMatchObject({ loaded: 2, notGeocoded: 1 });
    expect(
      await db.all(
        sql`select postcode, easting, northing from contact where batch_id = ${r.batchId} order by id`,
      ),
    ).toEqual([
      { postcode: 'LE1 5ZZ', easting: 458000, northing: 304000 },
      { postcode: 'LE99 9ZZ', easting: null, northing: null },
    ]);
  });

  it('counts repeats of a stored record and of an earlier row as duplicates, and loads them once', async () => {
    const file = writeFile(
      dir,
      'dups.csv',
      canonicalCsv([validRow(101), validRow(301), validRow(301), validRow(302)]),
    );
    const r = await ingestFile(db, file, options());
    expect(r.counts).toMatchObject({ read: 4, loaded: 2, duplicates: 2 });
    expect(r.duplicatesOf).toEqual([
      { batchId: null, rows: 1 },
      { batchId: expect.any(Number), rows: 1 },
    ]);
  });
});
