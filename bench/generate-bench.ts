/**
 * Rate and memory of `icsb generate`: each size runs in its own process (bench/generate-bench-run.ts)
 * so its peak RSS is its own.
 *   node --import tsx bench/generate-bench.ts [--csv 200000,2000000,10000000] [--db 1000000] [--keep]
 * Prints records/s by wall clock and by CPU time of the process (steadier on a shared machine), the
 * peak RSS, and how much the peak grows from the smallest to the largest CSV run.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    csv: { type: 'string', default: '200000,2000000' },
    db: { type: 'string', default: '' },
    keep: { type: 'boolean', default: false },
  },
});
const here = path.dirname(fileURLToPath(import.meta.url));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-generate-bench-'));
const sizes = (list: string) => list.split(',').filter(Boolean).map(Number);

interface Run {
  rows: number;
  wallS: number;
  cpuS: number;
  peakRssMb: number;
  bytes: number;
}

function run(to: 'csv' | 'db', records: number): Run {
  const out = path.join(dir, `${to}-${records}.${to === 'csv' ? 'csv' : 'duckdb'}`);
  const args = [
    '--import',
    'tsx',
    path.join(here, 'generate-bench-run.ts'),
    '--records',
    String(records),
    '--to',
    to,
    '--out',
    out,
  ];
  const result = JSON.parse(execFileSync(process.execPath, args, { encoding: 'utf8' })) as Run;
  if (!values.keep) fs.rmSync(out, { force: true });
  return result;
}

const n = (x: number) => Math.round(x).toLocaleString('en-GB');
const print = (to: string, r: Run) =>
  console.log(
    `${to.padEnd(4)} ${n(r.rows).padStart(11)} records  ${r.wallS.toFixed(1).padStart(6)} s  ` +
      `${n(r.rows / r.wallS).padStart(9)} records/s  (cpu ${n(r.rows / r.cpuS)} records/s)  ` +
      `peak RSS ${n(r.peakRssMb)} MB  ${n(r.bytes / 1024 / 1024)} MB on disk`,
  );

console.log(`icsb generate on ${os.cpus().length} cores, load average ${os.loadavg()[0]?.toFixed(1)}`);
const csvRuns = sizes(values.csv).map((records) => run('csv', records));
csvRuns.forEach((r) => print('csv', r));
if (csvRuns.length > 1) {
  const [first, last] = [csvRuns[0] as Run, csvRuns[csvRuns.length - 1] as Run];
  const growth = (100 * (last.peakRssMb - first.peakRssMb)) / first.peakRssMb;
  console.log(
    `peak RSS from ${n(first.rows)} to ${n(last.rows)} records: ${growth >= 0 ? '+' : ''}${growth.toFixed(1)}%`,
  );
}
for (const records of sizes(values.db)) print('db', run('db', records));
if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
