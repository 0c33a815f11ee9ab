import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PlantedTruth } from '../../server/contract/planted-truth.ts';
import { Db } from '../../server/db/database.ts';
import { sql } from '../../server/db/sql.ts';
import { countReportsAndIncidents } from '../../server/queries/linking-counts.ts';
import { runCli, type CliResult } from '../helpers/run-cli.ts';

const RECORDS = 20_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-generate-link-'));
const file = path.join(dir, 'generated.duckdb');
const truthFile = path.join(dir, 'truth.json');
let db: Db;
let run: CliResult;
beforeAll(async () => {
  run = await runCli([
    'generate',
    '--records',
    String(RECORDS),
    '--seed',
    '11',
    '--db',
    file,
    '--truth',
    truthFile,
  ]);
  db = await Db.open({ path: file, threads: 1, memoryLimit: '512MB', maxConcurrent: 1 });
}, 120_000);
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const one = async (q: ReturnType<typeof sql>) => (await db.all<{ n: number }>(q))[0]?.n ?? -1;

// Pairs of timed reports to different agencies within 100 m and 60 minutes, found by brute force.
const NEAR = sql`from contact a join contact b on a.id < b.id and a.agency_code <> b.agency_code
  where a.time_precision = 'time' and b.time_precision = 'time'
    and abs(epoch(a.received_at) - epoch(b.received_at)) <= 3600
    and (a.easting - b.easting) ^ 2 + (a.northing - b.northing) ^ 2 <= 100 ^ 2`;

describe('icsb generate --db links reports of one incident', () => {
  it('reports the links and records them on the batch', async () => {
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const linked = await one(sql`select count(*)::double as n from contact where incident_id is not null`);
    expect(linked).toBeGreaterThan(0);
    expect(run.stdout).toContain(`${linked} reports linked`);
    expect(await one(sql`select rows_linked::double as n from batch`)).toBe(linked);
  });

  it('links every same-category pair close in space and time, and only reports with such a partner', async () => {
    const unlinked = await one(sql`select count(*)::double as n ${NEAR} and a.category = b.category
      and (a.incident_id is null or b.incident_id is null or a.incident_id <> b.incident_id)`);
    expect(unlinked).toBe(0);
    const withoutPartner = await one(sql`select count(*)::double as n from contact c
      where c.incident_id is not null and c.id not in (select a.id ${NEAR} union select b.id ${NEAR})`);
    expect(withoutPartner).toBe(0);
  });

  it('counts fewer incidents than reports, by about the planted duplicates', async () => {
    const truth = PlantedTruth.parse(JSON.parse(fs.readFileSync(truthFile, 'utf8')));
    const { reports, incidents } = await countReportsAndIncidents(db);
    expect(reports).toBe(RECORDS);
    const planted = truth.duplicates.share * RECORDS;
    expect(reports - incidents).toBeGreaterThan(planted * 0.5);
    expect(reports - incidents).toBeLessThan(planted * 1.5);
  });
});
