import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import { canonicalCsv, validRow } from '../fixtures/ingest/canonical-csv.ts';
import { one, options, storedState, tempDir, writeFile } from '../fixtures/ingest/ingest-kit.ts';
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

describe('ingest --on-error', () => {
  const rows = [
    validRow(401, { description: 'two\nlines' }),
    validRow(402, { received_at: '2024-13-01' }),
    validRow(403, { description: 'three\nlines\nhere' }),
    validRow(404, { category: 'loud music', lat: '99' }),
    validRow(405),
  ];

  it('reject-file refuses the whole file, names each bad value at its physical line, and writes the rejects CSV', async () => {
    const file = writeFile(dir, 'mixed.csv', canonicalCsv(rows));
    const before = await storedState(db);
    const r = await ingestFile(db, file, options({ rejectsDir: dir }));
    expect(r.outcome).toBe('rejected');
    expect(r.counts).toMatchObject({ read: 5, rejected: 2, loaded: 0 });
    expect(r.problems).toEqual([
      { line: 4, column: 'received_at', value: '2024-13-01', reason: 'not a real date or time' },
      {
        line: 8,
        column: 'category',
        value: 'loud music',
        reason: expect.stringMatching(/^not one of vandalism, noise/),
      },
      {
        line: 8,
        column: 'lat',
        value: '99',
        reason: 'impossible WGS84 coordinate: outside Great Britain (49.8 to 61)',
      },
    ]);
    expect(r.message).toMatch(/^2 bad rows: the file was rejected and nothing was stored/);
    expect(await storedState(db)).toEqual(before);
    expect(fs.readFileSync(path.join(dir, 'mixed.rejects.csv'), 'utf8').split('\n').slice(0, 2)).toEqual([
      'line,column,value,reason',
      '4,received_at,2024-13-01,not a real date or time',
    ]);
  });

  it('set-aside loads the good rows and keeps the bad ones with the batch', async () => {
    const file = writeFile(
      dir,
      'mixed-again.csv',
      canonicalCsv(rows.map((r) => ({ ...r, source_record_id: `${r.source_record_id}b` }))),
    );
    const r = await ingestFile(db, file, options({ onError: 'set-aside' }));
    expect(r.outcome).toBe('loaded');
    expect(r.counts).toMatchObject({ read: 5, loaded: 3, rejected: 2 });
    expect(await one(db, sql`select count(*)::double as n from contact where batch_id = ${r.batchId}`)).toBe(
      3,
    );
    expect(
      await db.all(
        sql`select line::integer as line, column_name, value from batch_reject where batch_id = ${r.batchId} order by line, column_name`,
      ),
    ).toEqual([
      { line: 4, column_name: 'received_at', value: '2024-13-01' },
      { line: 8, column_name: 'category', value: 'loud music' },
      { line: 8, column_name: 'lat', value: '99' },
    ]);
    expect(
      await db.all(sql`select rows_read, rows_loaded, rows_rejected from batch where id = ${r.batchId}`),
    ).toEqual([{ rows_read: 5, rows_loaded: 3, rows_rejected: 2 }]);
  });

  it('refuses an unknown agency code', async () => {
    const file = writeFile(dir, 'agency.csv', canonicalCsv([validRow(501, { agency: 'parish_council' })]));
    const r = await ingestFile(db, file, options());
    expect(r.problems).toEqual([
      {
        line: 2,
        column: 'agency',
        value: 'parish_council',
        reason: 'unknown agency code (see the agency table)',
      },
    ]);
  });
});
