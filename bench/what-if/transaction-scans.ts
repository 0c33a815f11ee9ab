/**
 * What-if behind docs/ingest.md "Where the rest goes": how DuckDB reads rows written in the same
 * transaction, and what updating them costs at commit.
 *   node --import tsx bench/what-if/transaction-scans.ts CSV [--threads 2]
 * Loads the CSV (all text) into a table, then per round: (1) a scan of rows inserted in the open
 * transaction, (2) the same scan after commit, (3) of a committed temporary table; and the commit of
 * such an insert alone, and after updating some of its rows. Prints wall and CPU milliseconds.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DuckDBInstance } from '@duckdb/node-api';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { threads: { type: 'string', default: '2' } },
});
const csv = positionals[0];
if (!csv) throw new Error('usage: transaction-scans.ts CSV [--threads 2]');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-what-if-'));
const instance = await DuckDBInstance.create(path.join(dir, 'what-if.duckdb'), { threads: values.threads });
const c = await instance.connect();
const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
async function timed(label: string, text: string): Promise<void> {
  const [t, u] = [performance.now(), cpuMs()];
  await c.run(text);
  console.log(
    `${label.padEnd(34)} ${(performance.now() - t).toFixed(0).padStart(6)} ms  cpu ${(cpuMs() - u).toFixed(0)} ms`,
  );
}
const scan = (table: string) =>
  `select count(distinct md5(coalesce(description, '') || coalesce(address, ''))) from ${table}`;
try {
  await c.run(`create table src as select * from read_csv('${csv.replace(/'/g, "''")}', all_varchar = true)`);
  for (let round = 1; round <= 2; round++) {
    console.log(`round ${round}`);
    await c.run('create or replace table t as select * from src limit 0');
    await c.run('begin');
    await c.run('insert into t select * from src');
    await timed('scan, rows of the open transaction', scan('t'));
    await timed('commit of the insert alone', 'commit');
    await timed('scan, the same rows committed', scan('t'));
    await c.run('create or replace temp table tt as select * from src');
    await timed('scan, a committed temporary table', scan('tt'));
    await c.run('drop table tt');
    await c.run('create or replace table t as select * from src limit 0');
    await c.run('begin');
    await c.run('insert into t select * from src');
    await c.run(`update t set status = 'closed' where hash(rowid) % 10 = 0`);
    await c.run(`update t set channel = 'web' where hash(rowid) % 3 = 0`);
    await timed('commit after updating 10% and 33%', 'commit');
  }
} finally {
  c.closeSync();
  instance.closeSync();
  fs.rmSync(dir, { recursive: true, force: true });
}
