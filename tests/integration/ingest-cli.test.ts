import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Db } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { sql } from '../../server/db/sql.ts';
import { seedDemoUsers } from '../../server/demo/seed-demo-users.ts';
import { canonicalCsv, validRow } from '../fixtures/ingest/canonical-csv.ts';
import { EXAMPLES, POLICE_DIR, tempDir, writeFile } from '../fixtures/ingest/ingest-kit.ts';
import { runCli } from '../helpers/run-cli.ts';

const dir = tempDir();
const db = path.join(dir, 'cli.duckdb');
const asb = (month: string) => path.join(POLICE_DIR, 'street_asb', `${month}-leicestershire-street-asb.csv`);
let mappedBatch = '';
const ingest = (args: string[]) =>
  runCli(['ingest', '--db', db, '--user', 'cli-tester', '--rejects-dir', dir, ...args]);

beforeAll(async () => {
  // The agencies the canonical and mapped files name (police, city_council), as a served database has them.
  const setup = await Db.open({ path: db, threads: 1, memoryLimit: '512MB', maxConcurrent: 1 });
  await migrate(setup);
  await seedDemoUsers(setup);
  setup.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('icsb ingest and icsb batch', () => {
  it('loads several files, printing a plain summary per file and a total when not on a terminal', async () => {
    const r = await ingest(['--format', 'police-uk', asb('2018-10'), asb('2018-11')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')).toEqual([
      expect.stringMatching(
        /^2018-10-leicestershire-street-asb\.csv: loaded as batch 1 \(police-uk\) in \d+\.\d s$/,
      ),
      '  read 1,049 | loaded 1,049 | rejected 0 | duplicates 0 | out of area 0 | not geocoded 0 | linked 0 | other crimes 0',
      expect.stringMatching(/^2018-11-leicestershire-street-asb\.csv: loaded as batch 2/),
      '  read 969 | loaded 969 | rejected 0 | duplicates 0 | out of area 0 | not geocoded 0 | linked 0 | other crimes 0',
      '2 files: 2 loaded, 0 rejected, 0 already loaded | contacts loaded 2,018 | rejected rows 0 | duplicates 0',
      '',
    ]);
  });

  it('refuses a file already loaded, saying which batch has it', async () => {
    const r = await ingest(['--format', 'police-uk', asb('2018-10')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(
      /^2018-10-leicestershire-street-asb\.csv: REFUSED: already loaded as batch 1 \(2018-10-leicestershire-street-asb\.csv, .* by cli-tester\)/,
    );
  });

  it('rejects a bad file with each problem at its line and column, exit code 1, and writes the rejects CSV', async () => {
    const file = writeFile(dir, 'bad.csv', canonicalCsv([validRow(1), validRow(2, { lat: '123' })]));
    const r = await ingest(['--format', 'contacts', file]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('bad.csv: REJECTED: 1 bad row: the file was rejected and nothing was stored');
    expect(r.stdout).toContain(
      '    bad.csv, line 3, column "lat": value "123" impossible WGS84 coordinate: outside Great Britain (49.8 to 61)',
    );
    expect(r.stdout).toContain(`  every problem: ${path.join(dir, 'bad.rejects.csv')}`);
    expect(fs.existsSync(path.join(dir, 'bad.rejects.csv'))).toBe(true);
  });

  it('loads a mapped export through its profile', async () => {
    const r = await ingest([
      '--format',
      'mapped',
      '--mapping',
      path.join(EXAMPLES, 'council-crm-profile.json'),
      path.join(EXAMPLES, 'council-crm-export.csv'),
    ]);
    expect(r.code).toBe(0);
    // Ids are never reused: a rejected file's rolled-back batch may have taken a number before it.
    const id = /council-crm-export\.csv: loaded as batch (\d+) \(mapped\)/.exec(r.stdout)?.[1];
    expect(Number(id)).toBeGreaterThan(2);
    mappedBatch = id ?? '';
  });

  it('asks for a profile with the mapped format', async () => {
    const r = await ingest(['--format', 'mapped', path.join(EXAMPLES, 'council-crm-export.csv')]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('icsb: --format mapped needs --mapping profile.json.\n');
  });

  it('lists the batches and removes one with everything it loaded', async () => {
    const list = await runCli(['batch', 'list', '--db', db]);
    expect(list.stdout.split('\n')[0]).toMatch(
      /^ID\s+LOADED AT\s+BY\s+SOURCE\s+FILE\s+READ\s+LOADED\s+REJECTED/,
    );
    expect(list.stdout).toMatch(
      new RegExp(
        `\\n${mappedBatch} .* cli-tester\\s+mapped:council-crm\\s+council-crm-export\\.csv\\s+8\\s+8\\s+0`,
      ),
    );
    const removed = await runCli(['batch', 'remove', '2', '--db', db]);
    expect(removed.code).toBe(0);
    expect(removed.stdout).toContain('Removed batch 2 (');
    expect(removed.stdout).toContain(
      'contacts 969 | personal 0 | area rows 0 | linked 0 | crimes 0 | rejects 0',
    );
    const again = await runCli(['batch', 'remove', '2', '--db', db]);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('icsb: Batch 2 not found\n');
  });

  it('audits each file loaded and the batch removed on the command line', async () => {
    const check = await Db.open({ path: db, threads: 1, memoryLimit: '512MB', maxConcurrent: 1 });
    try {
      const rows = await check.all<{ action: string; detail: string }>(
        sql`select action, detail from audit_log where action in ('upload', 'batch_remove') order by id`,
      );
      expect(rows[0]).toEqual({
        action: 'upload',
        detail:
          'command line (cli-tester): 2018-10-leicestershire-street-asb.csv loaded as batch 1, 1049 loaded, 0 rejected',
      });
      const removals = rows.filter((r) => r.action === 'batch_remove');
      expect(removals).toHaveLength(1);
      expect(removals[0]?.detail).toMatch(/^command line \(.+\): removed batch 2 \(.*\), 969 contacts$/);
    } finally {
      check.close();
    }
  });
});
