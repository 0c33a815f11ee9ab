import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import { canonicalCsv, validRow } from '../fixtures/ingest/canonical-csv.ts';
import { options, tempDir, writeFile } from '../fixtures/ingest/ingest-kit.ts';
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

// The file is read once, on every core, into typed rows (and, when it has problems, into a staged table
// for the passes that name them); contact ids and personal fields follow the records' places in the
// file, so they must survive a file DuckDB reads in several parallel pieces.
const RECORDS = 220_000;
const WORDS = 'graffiti on the wall by the shops again, reported by a neighbour who saw it happen at night';

const temporaryTables = () =>
  db.all<{ name: string }>(sql`select table_name as name from duckdb_tables()
    where temporary and table_name like 'ingest_%' order by name`);

const recordsOf = (batchId: number | null) =>
  db.all<{ contacts: number; offsets: number; personal: number; theirs: number }>(sql`
    with c as (select id, cast(substr(source_record_id, 3) as bigint) as n from contact where batch_id = ${batchId})
    select count(*)::integer as contacts, count(distinct id - n)::integer as offsets,
      (select count(*)::integer from contact_personal p join c on c.id = p.contact_id) as personal,
      (select count(*)::integer from contact_personal p join c on c.id = p.contact_id
        where p.name = 'Caller ' || c.n and p.description = ${WORDS} || ' (' || c.n || ')') as theirs
    from c`);

describe('ingest: the typed read of a large file', () => {
  it('numbers every record by its place in the file, bad lines and all, and leaves no staged table', async () => {
    const rows = Array.from({ length: RECORDS }, (_, i) =>
      validRow(i + 1, {
        // Spread in time and space, as a real file is (one place and time for all would link them all).
        received_at: `2024-03-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`,
        lat: (52.6 + (i % 500) * 0.0001).toFixed(4),
        lon: (-1.16 + Math.floor(i / 500) * 0.0001).toFixed(4),
        name: `Caller ${i + 1}`,
        description: `${WORDS} (${i + 1})`,
        ...(i + 1 === 70_000 ? { category: 'loud music' } : {}),
      }),
    );
    const lines = canonicalCsv(rows).split('\n');
    lines.splice(100_001, 0, 'police,T-extra,too,few'); // after record 100,000: a line the reader cannot split
    const file = writeFile(dir, 'large.csv', lines.join('\n'));
    expect(fs.statSync(file).size).toBeGreaterThan(40 * 1024 * 1024); // more than one of DuckDB's 32 MB buffers

    const r = await ingestFile(db, file, options({ onError: 'set-aside' }));
    expect(r.counts).toMatchObject({ read: RECORDS + 1, rejected: 2, loaded: RECORDS - 1 });
    expect(r.problems.map((p) => [p.line, p.column, p.reason])).toEqual([
      [70_001, 'category', expect.stringMatching(/^not one of/)],
      [100_002, 'from_at', 'wrong number of fields: 4 where the header has 24'],
    ]);

    // Record n (T-n) of the file is contact firstId - 1 + n, and its personal fields are its own.
    const [check] = await recordsOf(r.batchId);
    expect(check).toEqual({ contacts: RECORDS - 1, offsets: 1, personal: RECORDS - 1, theirs: RECORDS - 1 });
    expect(await temporaryTables()).toEqual([]);
  });

  it('numbers every record of a file without problems, read once, and geocodes its postcodes in place', async () => {
    await db.run(sql`insert into postcode_centroid (postcode, lat, lon, easting, northing)
      values ('LE15WW', 52.6345, -1.1299, 458900, 304500) on conflict do nothing`);
    const rows = Array.from({ length: RECORDS }, (_, i) =>
      validRow(i + 1, {
        source_record_id: `C-${i + 1}`,
        received_at: `2024-05-${String(1 + (i % 28)).padStart(2, '0')}T${String(i % 24).padStart(2, '0')}:${String(i % 60).padStart(2, '0')}:00Z`,
        // Every 1000th record gives a postcode only: its centroid is filled in after the typing.
        ...(i % 1000 === 0
          ? { lat: '', lon: '', postcode: 'le1 5ww' }
          : {
              lat: (52.6 + (i % 500) * 0.0001).toFixed(4),
              lon: (-1.16 + Math.floor(i / 500) * 0.0001).toFixed(4),
            }),
        name: `Caller ${i + 1}`,
        description: `${WORDS} (${i + 1})`,
      }),
    );
    const file = writeFile(dir, 'clean.csv', canonicalCsv(rows));
    const r = await ingestFile(db, file, options());
    expect(r.counts).toMatchObject({ read: RECORDS, rejected: 0, loaded: RECORDS });
    const [check] = await recordsOf(r.batchId);
    expect(check).toEqual({ contacts: RECORDS, offsets: 1, personal: RECORDS, theirs: RECORDS });
    const [postcodes] = await db.all(sql`select count(*)::integer as n,
        count(*) filter (where lat = 52.6345 and easting = 458900 and postcode = 'LE1 5WW')::integer as placed,
        count(*) filter (where cast(substr(source_record_id, 3) as bigint) % 1000 = 1)::integer as theirs
      from contact where batch_id = ${r.batchId} and postcode is not null`);
    expect(postcodes).toEqual({ n: RECORDS / 1000, placed: RECORDS / 1000, theirs: RECORDS / 1000 });
    expect(await temporaryTables()).toEqual([]);
  });

  it('drops the staged table when the file is rejected and nothing is stored', async () => {
    const file = writeFile(
      dir,
      'rejected.csv',
      canonicalCsv([validRow(1), validRow(2, { category: 'loud music' })]),
    );
    const before = await db.all(sql`select count(*)::integer as n from contact`);
    const r = await ingestFile(db, file, options({ onError: 'reject-file' }));
    expect(r.outcome).toBe('rejected');
    expect(await db.all(sql`select count(*)::integer as n from contact`)).toEqual(before);
    expect(await temporaryTables()).toEqual([]);
  });
});
