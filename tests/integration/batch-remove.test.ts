import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import { removeBatch } from '../../server/ingest/remove-batch.ts';
import { insertBoundaryLayer } from '../../server/queries/boundaries.ts';
import { dataVersion } from '../../server/queries/meta.ts';
import { canonicalCsv, validRow } from '../fixtures/ingest/canonical-csv.ts';
import { one, options, POLICE_DIR, storedState, tempDir, writeFile } from '../fixtures/ingest/ingest-kit.ts';
import { FIXTURE_WARDS } from '../helpers/contact-fixtures.ts';
import { testDb } from '../helpers/test-app.ts';

const dir = tempDir();
let db: Db;
beforeAll(async () => {
  db = await testDb();
  await db.transaction((tx) => insertBoundaryLayer(tx, FIXTURE_WARDS));
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Points in ward W1 of the fixture wards. */
const inW1 = (i: number, o = {}) => validRow(i, { lat: '52.205', lon: '-1.405', ...o });

describe('icsb batch remove', () => {
  it('removes everything a batch loaded: contacts, personal fields, area rows, links and rejects', async () => {
    const housing = await ingestFile(
      db,
      writeFile(dir, 'housing.csv', canonicalCsv([inW1(1, { agency: 'housing', source_record_id: 'H-1' })])),
      options(),
    );
    expect(housing.counts).toMatchObject({ loaded: 1, linked: 0 });
    const before = await storedState(db);
    const rows = [
      inW1(2, { name: 'A. Caller', description: 'shouting' }),
      inW1(3, { received_at: 'yesterday' }),
      inW1(4, { lat: '52.3', lon: '-1.3' }),
    ];
    const police = await ingestFile(
      db,
      writeFile(dir, 'police.csv', canonicalCsv(rows)),
      options({ onError: 'set-aside' }),
    );
    expect(police.counts).toMatchObject({ read: 3, loaded: 2, rejected: 1, linked: 1, outOfArea: 1 });
    expect(await one(db, sql`select count(*)::double as n from contact where incident_id is not null`)).toBe(
      2,
    );
    expect(await one(db, sql`select count(*)::double as n from contact_area`)).toBe(2);

    const removed = await removeBatch(db, police.batchId ?? -1);
    expect(removed.removed).toEqual({ contacts: 2, personal: 1, areas: 1, links: 1, crimes: 0, rejects: 1 });
    expect(removed.relinked).toBe(1);
    expect(await storedState(db)).toEqual({ ...before, data_version: before.data_version + 2 });
    expect(await one(db, sql`select count(*)::double as n from contact where incident_id is not null`)).toBe(
      0,
    );
  });

  it('removes the police.uk crimes of a batch with its ASB contacts', async () => {
    const before = await storedState(db);
    const file = path.join(POLICE_DIR, 'street_full_sample', '2022-10-leicestershire-street.csv');
    const r = await ingestFile(db, file, options({ format: 'police-uk' }));
    expect(r.counts).toMatchObject({ loaded: 752, other: 9_050 });
    const removed = await removeBatch(db, r.batchId ?? -1);
    expect(removed.removed).toMatchObject({ contacts: 752, crimes: 9_050 });
    const after = await storedState(db);
    expect(after).toEqual({ ...before, agency: before.agency + 1, data_version: before.data_version + 2 });
  });

  it('lets the same file load again once its batch is removed', async () => {
    const file = writeFile(dir, 'again.csv', canonicalCsv([inW1(7)]));
    const first = await ingestFile(db, file, options());
    await removeBatch(db, first.batchId ?? -1);
    const version = await dataVersion(db);
    const second = await ingestFile(db, file, options());
    expect(second.outcome).toBe('loaded');
    expect(await dataVersion(db)).toBe(version + 1);
  });

  it('says when there is no such batch', async () => {
    await expect(removeBatch(db, 9_999)).rejects.toThrow('Batch 9999 not found');
  });
});
