import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { ingestFiles } from '../../server/ingest/ingest-files.ts';
import { EXAMPLES, options, tempDir, writeFile } from '../fixtures/ingest/ingest-kit.ts';
import { testDb } from '../helpers/test-app.ts';

const dir = tempDir();
const COUNCIL = path.join(EXAMPLES, 'council-crm-export.csv');
const COUNCIL_PROFILE = path.join(EXAMPLES, 'council-crm-profile.json');
const HOUSING = path.join(EXAMPLES, 'housing-system-export.csv');
const HOUSING_PROFILE = path.join(EXAMPLES, 'housing-profile.json');
const mapped = (profilePath: string, o = {}) => ({ ...options(o), format: 'mapped' as const, profilePath });
const load = async (db: Db, file: string, profilePath: string, o = {}) => {
  const [r] = await ingestFiles(db, [file], mapped(profilePath, o));
  if (!r) throw new Error('no report');
  return r;
};

let db: Db;
beforeAll(async () => {
  db = await testDb();
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ingest --format mapped: the council CRM example (BNG, dd/mm/yyyy HH:MM local time)', () => {
  it('maps every row: UK local time to UTC, categories, channels and statuses through the profile', async () => {
    const r = await load(db, COUNCIL, COUNCIL_PROFILE);
    expect(r.counts).toMatchObject({ read: 8, loaded: 8, rejected: 0 });
    const rows =
      await db.all(sql`select source_record_id as id, strftime(received_at, '%Y-%m-%d %H:%M') as utc,
        category, channel, status, strftime(resolved_at, '%Y-%m-%d') as resolved, easting, location_ref
      from contact where batch_id = ${r.batchId} and source_record_id in ('ENV/24/000101', 'ENV/24/000108') order by id`);
    expect(rows).toEqual([
      {
        id: 'ENV/24/000101',
        utc: '2024-03-05 09:12',
        category: 'fly_tipping',
        channel: 'web',
        status: 'closed',
        resolved: '2024-03-08',
        easting: 458923,
        location_ref: '100030001111',
      },
      {
        id: 'ENV/24/000108',
        utc: '2024-06-30 23:30',
        category: 'fly_tipping',
        channel: 'web',
        status: 'closed',
        resolved: '2024-07-03',
        easting: 458930,
        location_ref: '100030001111',
      },
    ]);
    expect(
      await db.all(
        sql`select count(*)::double as n from contact where batch_id = ${r.batchId} and lat between 52.6 and 52.7`,
      ),
    ).toEqual([{ n: 8 }]);
  });
});

describe('ingest --format mapped: the housing example (semicolons, lat/lon or postcode, own categories)', () => {
  it('keeps a row with an unknown postcode as not geocoded', async () => {
    const r = await load(db, HOUSING, HOUSING_PROFILE);
    expect(r.counts).toMatchObject({ read: 6, loaded: 6, notGeocoded: 2 });
    expect(
      await db.all(sql`select source_record_id as id, category, vulnerable, status, caller_ref, postcode
      from contact where batch_id = ${r.batchId} and source_record_id in ('HX-55032', 'HX-55040') order by id`),
    ).toEqual([
      {
        id: 'HX-55032',
        category: 'noise',
        vulnerable: true,
        status: 'referred',
        caller_ref: 'T-10293',
        postcode: 'LE2 1AA',
      },
      {
        id: 'HX-55040',
        category: 'intimidation',
        vulnerable: true,
        status: 'open',
        caller_ref: 'T-55120',
        postcode: null,
      },
    ]);
  });

  it('links the housing noise report to the council one about the same party (same place, 7 minutes apart)', async () => {
    expect(
      await db.all(sql`select source_record_id as id from contact where incident_id is not null order by id`),
    ).toEqual([{ id: 'ENV/24/000102' }, { id: 'HX-55031' }]);
  });

  it('geocodes the postcode rows once the postcode centroids are loaded', async () => {
    const [pc] = await ingestFiles(db, [path.join(EXAMPLES, 'postcode-centroids-example.csv')], {
      ...options(),
      format: 'postcodes',
    });
    expect(pc?.counts).toMatchObject({ read: 2, loaded: 2 });
    const copy = writeFile(dir, 'housing-copy.csv', fs.readFileSync(HOUSING, 'utf8').replace(/HX-/g, 'HY-'));
    const r = await load(db, copy, HOUSING_PROFILE);
    expect(r.counts).toMatchObject({ loaded: 6, notGeocoded: 0 });
  });
});
