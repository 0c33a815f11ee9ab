/**
 * The ingest half of `npm run bench`, alone and repeatable: the generator's canonical CSV for the fictional
 * district (as bench/dashboard/bench-data.ts makes it), then per run a fresh database with the district's
 * boundary layers, DuckDB `read_csv` of the file into a plain table, and the product's ingest of it.
 *   node --import tsx bench/ingest-only.ts [--records 200000] [--runs 3] [--trace] [--keep-csv DIR] [--keep-db]
 *     [--no-string-compression]
 *     [--dump-sql FILE]
 * Prints each run's ratio (ingest throughput / read_csv throughput, same run), the ingest's phases, and with
 * --trace the slowest statements of the ingest.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from '../server/db/sql.ts';
import { demoshireSite } from '../server/generate/demoshire/demoshire-site.ts';
import { generateCsv } from '../server/generate/generate.ts';
import { DEFAULT_PERIOD } from '../server/generate/generate-options.ts';
import { ingestFile } from '../server/ingest/ingest-file.ts';
import { DEFAULT_LINK, type IngestProgress } from '../server/ingest/ingest-options.ts';
import { openBenchDb, seconds } from './dashboard/ingest-timing.ts';
import { cpu } from './cpu-seconds.ts';
import { traceTransactions, type TracedStatement } from './ingest-trace.ts';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '200000' },
    seed: { type: 'string', default: '20240401' },
    runs: { type: 'string', default: '3' },
    threads: { type: 'string', default: String(os.availableParallelism()) },
    memory: { type: 'string', default: '6GB' },
    trace: { type: 'boolean', default: false },
    'keep-db': { type: 'boolean', default: false },
    // A what-if, not the product's setting: DuckDB's dictionary and FSST string compression left out.
    'no-string-compression': { type: 'boolean', default: false },
    'keep-csv': { type: 'string', default: '' },
    // With --trace: every statement's full text and parameters into this file.
    'dump-sql': { type: 'string', default: '' },
  },
});
const records = Number(values.records);
const site = demoshireSite();
const csvDir = values['keep-csv'] || fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-ingest-bench-'));
fs.mkdirSync(csvDir, { recursive: true });
const csv = path.join(csvDir, `contacts-${records}-${values.seed}.csv`);

if (!fs.existsSync(csv)) {
  const t = performance.now();
  await generateCsv(fs.createWriteStream(csv), site, {
    records,
    seed: Number(values.seed),
    ...DEFAULT_PERIOD,
  });
  console.log(`generated ${records} records in ${seconds(t).toFixed(1)} s`);
}
console.log(`${csv}: ${(fs.statSync(csv).size / 1024 / 1024).toFixed(0)} MB`);

const ratios: number[] = [];
for (let run = 1; run <= Number(values.runs); run++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-ingest-run-'));
  const db = await openBenchDb(path.join(dir, 'bench.duckdb'), site, {
    threads: Number(values.threads),
    memory: values.memory,
  });
  try {
    let t = performance.now();
    let c0 = cpu();
    await db.run(sql`create table bench_read_csv as select * from read_csv(${csv})`);
    const readCsvS = seconds(t);
    const readCsvCpu = cpu() - c0;
    await db.run(sql`drop table bench_read_csv`);
    const log: TracedStatement[] = [];
    if (values.trace) traceTransactions(db, log, values['dump-sql']);
    const phases: [string, number][] = [];
    const onProgress = (p: IngestProgress) => {
      if (phases[phases.length - 1]?.[0] !== p.phase) phases.push([p.phase, performance.now()]);
    };
    if (values['no-string-compression'])
      await db.run(sql`set disabled_compression_methods = 'fsst,dictionary'`);
    t = performance.now();
    c0 = cpu();
    const link = DEFAULT_LINK;
    const report = await ingestFile(
      db,
      csv,
      { format: 'contacts', onError: 'reject-file', user: 'bench', link },
      onProgress,
    );
    const ingestS = seconds(t);
    const ingestCpu = cpu() - c0;
    if (report.outcome !== 'loaded') throw new Error(`ingest ${report.outcome}: ${report.message}`);
    const ratio = readCsvS / ingestS;
    ratios.push(ratio);
    const marks = [...phases, ['end', t + ingestS * 1000] as [string, number]];
    const phase = ([name, at]: [string, number], i: number) =>
      `${name} ${(((marks[i + 1]?.[1] ?? at) - at) / 1000).toFixed(2)}`;
    const c = report.counts;
    console.log(
      `run ${run}: read_csv ${readCsvS.toFixed(2)} s, ingest ${ingestS.toFixed(2)} s, ratio ${ratio.toFixed(2)}x` +
        ` (cpu ${readCsvCpu.toFixed(1)} / ${ingestCpu.toFixed(1)} s = ${(readCsvCpu / ingestCpu).toFixed(2)}x)` +
        ` | ${phases.map(phase).join(', ')} | loaded ${c.loaded}, linked ${c.linked}, out of area ${c.outOfArea}`,
    );
    if (values.trace)
      // In order, with the time spent outside DuckDB statements (JavaScript, waiting) before each.
      log.forEach((s, i) => {
        const gap = s.at - (i > 0 ? (log[i - 1]?.at ?? 0) + (log[i - 1]?.ms ?? 0) : t);
        if (s.ms + gap > 30)
          console.log(
            `  ${(s.ms / 1000).toFixed(2)} s cpu ${s.cpu.toFixed(2)} (+${(gap / 1000).toFixed(2)})  ${s.query.text.replace(/\s+/g, ' ').slice(0, 110)}`,
          );
      });
  } finally {
    db.close();
    if (values['keep-db']) console.log(`kept ${dir}`);
    else fs.rmSync(dir, { recursive: true, force: true });
  }
}
const sorted = [...ratios].sort((a, b) => a - b);
console.log(`median ratio ${sorted[Math.floor(sorted.length / 2)]?.toFixed(2)}x over ${ratios.length} runs`);
if (!values['keep-csv']) fs.rmSync(csvDir, { recursive: true, force: true });
