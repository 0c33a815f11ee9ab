import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CANONICAL_COLUMNS,
  CONTACT_STATUSES,
  RECEIVED_AT_FORMS,
  REQUIRED_COLUMNS,
  type CanonicalColumn,
} from '../../server/contract/canonical-contact.ts';
import { PlantedTruth } from '../../server/contract/planted-truth.ts';
import { ASB_TYPES, CATEGORIES, CHANNELS } from '../../server/contract/taxonomy.ts';
import { Db } from '../../server/db/database.ts';
import { ident, join, sql, type Sql } from '../../server/db/sql.ts';
import { buildDemoshire } from '../../server/generate/demoshire/demoshire-site.ts';
import { AGENCIES } from '../../server/generate/world/agencies.ts';
import { pointInRing } from '../../server/geo/polygon.ts';
import { runCli } from '../helpers/run-cli.ts';

const RECORDS = 20_000;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-generate-'));
const csv = path.join(dir, 'contacts.csv');
const truthFile = path.join(dir, 'truth.json');
let db: Db;
let stdout: string;
beforeAll(async () => {
  const run = await runCli([
    'generate',
    '--records',
    String(RECORDS),
    '--seed',
    '11',
    '--csv',
    csv,
    '--truth',
    truthFile,
  ]);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  stdout = run.stdout;
  db = await Db.open({ path: ':memory:', threads: 2, memoryLimit: '1GB', maxConcurrent: 1 });
  await db.run(sql`create table c as select * from read_csv(${csv}, header = true, all_varchar = true)`);
});
afterAll(() => {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const count = async (where: Sql) =>
  (await db.all<{ n: number }>(sql`select count(*)::integer as n from c where ${where}`))[0]?.n;
const column = (name: CanonicalColumn) => ident(name, CANONICAL_COLUMNS);
const notIn = (name: CanonicalColumn, values: readonly string[]) =>
  sql`${column(name)} is not null and ${column(name)} not in (${join(
    values.map((v) => sql`${v}`),
    ', ',
  )})`;

describe('icsb generate --csv', () => {
  it('says what it wrote and writes the same bytes again for the same seed', async () => {
    expect(stdout).toMatch(/Generated 20000 records to .*contacts\.csv in [\d.]+ s \(\d+ records\/s\)\./);
    const again = await runCli(['generate', '--records', String(RECORDS), '--seed', '11', '--csv', '-']);
    const hash = (s: string | Buffer) => createHash('sha256').update(s).digest('hex');
    expect(hash(again.stdout)).toBe(hash(fs.readFileSync(csv)));
  });

  it('parses with DuckDB read_csv: the canonical columns, one row per record, ids unique per agency', async () => {
    const columns = await db.all<{ name: string }>(sql`select column_name as name from (describe c)`);
    expect(columns.map((c) => c.name)).toEqual([...CANONICAL_COLUMNS]);
    expect(await count(sql`true`)).toBe(RECORDS);
    const [ids] = await db.all<{ n: number }>(
      sql`select count(distinct (agency, source_record_id))::integer as n from c`,
    );
    expect(ids?.n).toBe(RECORDS);
  });

  it('fills every required field with a value the canonical rules accept', async () => {
    const agencies = AGENCIES.map((a) => a.code);
    for (const name of REQUIRED_COLUMNS) expect(await count(sql`${column(name)} is null`), name).toBe(0);
    expect(await count(notIn('agency', agencies))).toBe(0);
    expect(await count(notIn('category', CATEGORIES))).toBe(0);
    expect(await count(notIn('channel', CHANNELS))).toBe(0);
    expect(await count(notIn('asb_type', ASB_TYPES))).toBe(0);
    expect(await count(notIn('status', CONTACT_STATUSES))).toBe(0);
    expect(await count(notIn('referral_partner', agencies))).toBe(0);
    expect(await count(notIn('vulnerable', ['true', 'false']))).toBe(0);
    expect(await count(sql`try_cast(sla_target_hours as integer) is null`)).toBe(0);
    const forms = Object.values(RECEIVED_AT_FORMS).map(
      (r) => sql`regexp_full_match(received_at, ${r.source})`,
    );
    expect(await count(sql`not (${join(forms, ' or ')})`)).toBe(0);
    expect(await count(sql`(lat is null or lon is null) and (easting is null or northing is null)`)).toBe(0);
  });

  it('places every contact inside the fictional district, in both coordinate systems', async () => {
    const { district } = buildDemoshire();
    const rows = await db.all<{ lat: number | null; lon: number | null; e: number | null; n: number | null }>(
      sql`select lat::double as lat, lon::double as lon, easting::double as e, northing::double as n from c`,
    );
    const outside = rows.filter(
      (r) =>
        (r.lon !== null && !pointInRing([r.lon, r.lat as number], district.lonLat)) ||
        (r.e !== null && !pointInRing([r.e, r.n as number], district.ring)),
    );
    expect(outside).toEqual([]);
  });

  it('writes the planted truth in its documented schema', () => {
    const truth = PlantedTruth.parse(JSON.parse(fs.readFileSync(truthFile, 'utf8')));
    expect(truth.generator).toMatchObject({ records: RECORDS, seed: 11 });
    expect(truth.hotspots).toHaveLength(3);
  });

  it('refuses a bad option with one line naming it', async () => {
    const r = await runCli(['generate', '--records', 'lots', '--csv', path.join(dir, 'x.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toBe('icsb: --records must be a whole number from 1 to 1000000000');
  });
});
