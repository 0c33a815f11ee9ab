import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import { CATEGORY_FAMILY } from '../../server/ingest/linking/category-family.ts';
import { removeBatch } from '../../server/ingest/remove-batch.ts';
import { canonicalCsv, type CanonicalRow } from '../fixtures/ingest/canonical-csv.ts';
import { options, tempDir, writeFile } from '../fixtures/ingest/ingest-kit.ts';
import { testDb } from '../helpers/test-app.ts';

const dir = tempDir();
const AGENCIES = ['police', 'housing', 'city_council', 'fire'];
const CATEGORIES = Object.keys(CATEGORY_FAMILY) as (keyof typeof CATEGORY_FAMILY)[];
const START = Date.UTC(2024, 5, 1);

/** 1,500 reports in 2 km x 2 km over two days (a tenth month-only): dense enough for chains of links. */
function randomRows(seed: number): CanonicalRow[] {
  let state = seed;
  const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
  return Array.from({ length: 1_500 }, (_, i) => {
    const pick = <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)] as T;
    const at = new Date(START + Math.floor(next() * 2 * 86_400_000));
    return {
      agency: pick(AGENCIES),
      source_record_id: `R-${i}`,
      received_at: next() < 0.1 ? at.toISOString().slice(0, 7) : at.toISOString().slice(0, 19) + 'Z',
      category: pick(CATEGORIES),
      easting: (450_000 + next() * 2_000).toFixed(1),
      northing: (300_000 + next() * 2_000).toFixed(1),
    };
  });
}

interface Stored {
  id: number;
  agency: string;
  family: string;
  timed: boolean;
  t: number;
  e: number;
  n: number;
  incident: number | null;
}

/** Every pair within 100 m and 60 min between agencies of one family, grouped by union-find. */
function bruteForce(rows: readonly Stored[]): Map<number, number> {
  const parent = new Map(rows.map((r) => [r.id, r.id]));
  const find = (x: number): number => (parent.get(x) === x ? x : find(parent.get(x) as number));
  for (const a of rows)
    for (const b of rows) {
      const near = (a.e - b.e) ** 2 + (a.n - b.n) ** 2 <= 100 ** 2 && Math.abs(a.t - b.t) <= 3_600_000;
      if (a.id < b.id && a.timed && b.timed && a.agency !== b.agency && a.family === b.family && near) {
        const [ra, rb] = [find(a.id), find(b.id)];
        parent.set(Math.max(ra, rb), Math.min(ra, rb));
      }
    }
  const size = new Map<number, number>();
  for (const r of rows) size.set(find(r.id), (size.get(find(r.id)) ?? 0) + 1);
  return new Map(rows.filter((r) => (size.get(find(r.id)) ?? 0) > 1).map((r) => [r.id, find(r.id)]));
}

let db: Db;
const stored = () =>
  db.all<
    Stored & Record<string, unknown>
  >(sql`select id::double as id, agency_code as agency, category as family,
    time_precision = 'time' as timed, coalesce(epoch_ms(received_at), 0)::double as t, easting as e, northing as n,
    incident_id::double as incident from contact order by id`);
const expectMatchesBruteForce = async () => {
  const rows = (await stored()).map((r) => ({
    ...r,
    family: CATEGORY_FAMILY[r.family as keyof typeof CATEGORY_FAMILY],
  }));
  const expected = bruteForce(rows);
  expect(expected.size).toBeGreaterThan(20);
  expect(Object.fromEntries(rows.map((r) => [r.id, r.incident]))).toEqual(
    Object.fromEntries(rows.map((r) => [r.id, expected.get(r.id) ?? null])),
  );
};

beforeAll(async () => {
  db = await testDb();
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('linking against a brute-force search', () => {
  it('finds exactly the incidents an all-pairs search finds, over two batches', async () => {
    const rows = randomRows(20_240_601);
    const first = await ingestFile(
      db,
      writeFile(dir, 'first.csv', canonicalCsv(rows.slice(0, 750))),
      options(),
    );
    const second = await ingestFile(
      db,
      writeFile(dir, 'second.csv', canonicalCsv(rows.slice(750))),
      options(),
    );
    expect([first.counts.loaded, second.counts.loaded]).toEqual([750, 750]);
    await expectMatchesBruteForce();
  });

  it('still does after the first batch is removed', async () => {
    await removeBatch(db, 1);
    await expectMatchesBruteForce();
  });
});

describe('a long chain of reports', () => {
  it('becomes one incident (300 reports, each 20 minutes after the last, alternating police and housing)', async () => {
    const chain: CanonicalRow[] = Array.from({ length: 300 }, (_, i) => ({
      agency: i % 2 === 0 ? 'police' : 'housing',
      source_record_id: `C-${i}`,
      received_at: new Date(Date.UTC(2025, 2, 1) + i * 20 * 60_000).toISOString().slice(0, 19) + 'Z',
      category: 'noise',
      easting: '460000.0',
      northing: '310000.0',
    }));
    // Shuffled, so ids do not follow the chain and the smallest id sits in the middle of it.
    const order = chain.map((_, i) => (i * 7) % 300);
    const report = await ingestFile(
      db,
      writeFile(dir, 'chain.csv', canonicalCsv(order.map((i) => chain[i] as CanonicalRow))),
      options(),
    );
    expect(report.counts.loaded).toBe(300);
    const rows = await db.all<{ incidents: number; linked: number; smallest: boolean }>(sql`select
        count(distinct incident_id)::integer as incidents, count(incident_id)::integer as linked,
        bool_and(incident_id = (select min(id) from contact where batch_id = ${report.batchId})) as smallest
      from contact where batch_id = ${report.batchId}`);
    expect(rows[0]).toEqual({ incidents: 1, linked: 300, smallest: true });
  });
});
