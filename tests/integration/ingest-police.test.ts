import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import type { FileReport } from '../../server/ingest/ingest-report.ts';
import { dataVersion } from '../../server/queries/meta.ts';
import { ASB_PER_MONTH, filesIn, one, options, POLICE_DIR } from '../fixtures/ingest/ingest-kit.ts';
import { testDb } from '../helpers/test-app.ts';

const police = options({ format: 'police-uk' });
const monthly = async (db: Db) =>
  Object.fromEntries(
    (
      await db.all<{ month: string; n: number }>(sql`select strftime(received_on, '%Y-%m') as month,
        count(*)::double as n from contact group by all order by month`)
    ).map((r) => [r.month, r.n]),
  );

describe('ingest --format police-uk: the 40 monthly ASB files', () => {
  let db: Db;
  let reports: FileReport[];
  beforeAll(async () => {
    db = await testDb();
    reports = [];
    for (const f of filesIn(path.join(POLICE_DIR, 'street_asb'), '.csv'))
      reports.push(await ingestFile(db, f, police));
  });
  afterAll(() => db.close());

  it('loads every file as its own batch and gives exactly the per-month counts of SOURCES.md', async () => {
    expect(reports.map((r) => r.outcome)).toEqual(Array(40).fill('loaded'));
    expect(await monthly(db)).toEqual(ASB_PER_MONTH);
    expect(await one(db, sql`select count(*)::double as n from contact`)).toBe(38_058);
    expect(await one(db, sql`select count(*)::double as n from batch`)).toBe(40);
    expect(await dataVersion(db)).toBe(40);
  });

  it('makes month-only, unclassified contacts of the force named in Reported by, with a location reference', async () => {
    expect(
      await db.all(sql`select agency_code, time_precision, category, asb_type, count(*)::double as n,
        count(distinct location_ref)::double as places, count(*) filter (where day(received_on) <> 1)::double as not_first
        from contact group by all`),
    ).toEqual([
      {
        agency_code: 'leicestershire_police',
        time_precision: 'month',
        category: 'unclassified',
        asb_type: 'nuisance',
        n: 38_058,
        places: expect.any(Number),
        not_first: 0,
      },
    ]);
    expect(
      await db.all(sql`select code, name, kind from agency where code = 'leicestershire_police'`),
    ).toEqual([{ code: 'leicestershire_police', name: 'Leicestershire Police', kind: 'police' }]);
  });

  it('records each batch: file, sha256, source, counts, who and when', async () => {
    const [b] = await db.all(sql`select file_name, length(content_hash)::integer as hash, source, rows_read,
      rows_loaded, rows_rejected, rows_duplicate, loaded_by, loaded_at is not null as stamped from batch where id = 1`);
    expect(b).toEqual({
      file_name: path.join(POLICE_DIR, 'street_asb', '2018-10-leicestershire-street-asb.csv'),
      hash: 64,
      source: 'police-uk',
      rows_read: 1049,
      rows_loaded: 1049,
      rows_rejected: 0,
      rows_duplicate: 0,
      loaded_by: 'tester',
      stamped: true,
    });
  });

  it('refuses the same file again and adds nothing', async () => {
    const file = path.join(POLICE_DIR, 'street_asb', '2020-04-leicestershire-street-asb.csv');
    const before = await dataVersion(db);
    const again = await ingestFile(db, file, police);
    expect(again.outcome).toBe('already_loaded');
    expect(again.message).toMatch(
      /^already loaded as batch 10 \(2020-04-leicestershire-street-asb\.csv, .*by tester\)/,
    );
    expect(await one(db, sql`select count(*)::double as n from contact`)).toBe(38_058);
    expect(await dataVersion(db)).toBe(before);
  });

  it('finds the ASB rows of a full monthly file already loaded from the ASB-only file: duplicates, crimes stored', async () => {
    const r = await ingestFile(
      db,
      path.join(POLICE_DIR, 'street_full_sample', '2022-10-leicestershire-street.csv'),
      police,
    );
    expect(r.counts).toMatchObject({ read: 9_802, loaded: 0, duplicates: 752, other: 9_802 - 752 });
    expect(r.duplicatesOf).toEqual([{ batchId: 40, rows: 752 }]);
    expect(await one(db, sql`select count(*)::double as n from contact`)).toBe(38_058);
  });
});

describe('ingest --format police-uk: the 40 full monthly .csv.gz files', () => {
  let db: Db;
  let reports: FileReport[];
  beforeAll(async () => {
    db = await testDb();
    reports = [];
    for (const f of filesIn(path.join(POLICE_DIR, 'street_full_gz'), '.csv.gz'))
      reports.push(await ingestFile(db, f, police));
  }, 300_000);
  afterAll(() => db.close());

  it('gives the same ASB counts per month, read straight from gzip', async () => {
    expect(reports.map((r) => r.outcome)).toEqual(Array(40).fill('loaded'));
    expect(await monthly(db)).toEqual(ASB_PER_MONTH);
  });

  it('stores every other crime row in police_crime, 344,693 rows in all, none counted as ASB', async () => {
    const crimes = await one(db, sql`select count(*)::double as n from police_crime`);
    expect(crimes + (await one(db, sql`select count(*)::double as n from contact`))).toBe(344_693);
    expect(crimes).toBe(344_693 - 38_058);
    expect(reports.reduce((a, r) => a + r.counts.read, 0)).toBe(344_693);
    expect(
      await one(
        db,
        sql`select count(*)::double as n from police_crime where crime_type = 'Anti-social behaviour'`,
      ),
    ).toBe(0);
  });
});
