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

// The personal-field pass reads only the personal columns; each contact must still get its own row's values.
const personalOf = (batchId: number | null) =>
  db.all(sql`select c.source_record_id as id, p.name, p.description from contact c
    join contact_personal p on p.contact_id = c.id where c.batch_id = ${batchId ?? -1} order by c.id`);

describe('ingest: personal fields stay with their records', () => {
  it('with the columns in another order and a value spanning lines', async () => {
    const header = [
      'description',
      'name',
      'agency',
      'source_record_id',
      'received_at',
      'category',
      'lat',
      'lon',
    ];
    const rows = [1, 2, 3, 4].map((i) =>
      validRow(500 + i, i === 3 ? {} : { name: `Caller ${i}`, description: `seen\nby ${i}` }),
    );
    const r = await ingestFile(db, writeFile(dir, 'order.csv', canonicalCsv(rows, header)), options());
    expect(r.counts).toMatchObject({ read: 4, loaded: 4 });
    expect(await personalOf(r.batchId)).toEqual([
      { id: 'T-501', name: 'Caller 1', description: 'seen\nby 1' },
      { id: 'T-502', name: 'Caller 2', description: 'seen\nby 2' },
      { id: 'T-504', name: 'Caller 4', description: 'seen\nby 4' },
    ]);
  });

  it('when rows before them were set aside: bad values, a line the reader cannot split, invalid UTF-8', async () => {
    const text = canonicalCsv(
      [1, 2, 3, 4, 5, 6].map((i) =>
        validRow(600 + i, {
          name: `Caller ${i}`,
          description: `report ${i}`,
          ...(i === 2 ? { category: 'loud music' } : {}),
          ...(i === 4 ? { caller_ref: 'BADBYTES' } : {}),
        }),
      ),
    );
    const lines = text.split('\n');
    lines.splice(3, 0, 'police,T-extra,too,few'); // a record with the wrong number of fields
    const [before, after] = lines.join('\n').split('BADBYTES') as [string, string];
    const bytes = Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe]), Buffer.from(after)]);
    const r = await ingestFile(db, writeFile(dir, 'set-aside.csv', bytes), options({ onError: 'set-aside' }));
    expect(r.counts).toMatchObject({ read: 7, rejected: 3, loaded: 4 });
    expect(await personalOf(r.batchId)).toEqual(
      [1, 3, 5, 6].map((i) => ({ id: `T-${600 + i}`, name: `Caller ${i}`, description: `report ${i}` })),
    );
  });
});
