/**
 * What-if behind docs/ingest.md "The floor": how fast could any ingest that does the work be?
 *   node --import tsx bench/what-if/ingest-floor.ts [--records 1000000] [--rounds 2] [--memory 6GB]
 *     [--csv-dir /tmp/csv1m]
 * Per round, in a fresh database with the district's boundary layers (as bench/ingest-only.ts): DuckDB
 * read_csv of the generated canonical CSV into a plain table, the product's ingest of it with every
 * statement timed, then the product's own typing statement written once more, into a stored table.
 * That stored write is the least any ingest that checks every value and keeps it can do (one read, one
 * write). The floor adds to it only the statements the issue itself asks for, as the product ran them:
 * filling coordinates and placing contacts in areas, duplicates and cross-agency links; then the
 * dashboard's per-batch tables. Prints each as read_csv's time over theirs, as the benchmark's ratio.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { demoshireSite } from '../../server/generate/demoshire/demoshire-site.ts';
import { generateCsv } from '../../server/generate/generate.ts';
import { DEFAULT_PERIOD } from '../../server/generate/generate-options.ts';
import { openBenchDb, seconds, timeIngest } from '../dashboard/ingest-timing.ts';
import { traceTransactions, type TracedStatement } from '../ingest-trace.ts';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    rounds: { type: 'string', default: '2' },
    memory: { type: 'string', default: '6GB' },
    'csv-dir': { type: 'string', default: '' },
  },
});
const records = Number(values.records);
const site = demoshireSite();
const csvDir = values['csv-dir'] || fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-floor-'));
fs.mkdirSync(csvDir, { recursive: true });
const csv = path.join(csvDir, `contacts-${records}-20240401.csv`);
if (!fs.existsSync(csv))
  await generateCsv(fs.createWriteStream(csv), site, { records, seed: 20240401, ...DEFAULT_PERIOD });

/** What each statement of the ingest is for, from its text. */
const PARTS: [string, RegExp][] = [
  ['typing', /^create temp table \w+_typed as/],
  ['coordinates', /geo_projection|^update \w+_typed|^select floor\(c\./],
  ['contact', /^insert into contact \(/],
  ['personal', /^insert into contact_personal/],
  // Before areas: the contact rollup reads contact_area.
  ['dashboard', /contact_rollup|service_open|hour_week_/],
  ['areas', /contact_area|geo_exact|out_of_area|^select \(select count\(\*\)/],
  ['links', /_dup |_link_|incident_id =/],
];
const partOf = (text: string): string => PARTS.find(([, re]) => re.test(text.trimStart()))?.[0] ?? 'other';

const ratio = (readCsv: number, s: number) => `${s.toFixed(2)} s, ${(readCsv / s).toFixed(2)}x`;

for (let round = 1; round <= Number(values.rounds); round++) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-floor-run-'));
  const db = await openBenchDb(path.join(dir, 'floor.duckdb'), site, {
    threads: os.availableParallelism(),
    memory: values.memory,
  });
  try {
    const log: TracedStatement[] = [];
    // Only the ingest's statements: read_csv runs outside any transaction.
    traceTransactions(db, log);
    const { readCsvS: readCsv, ingestS: ingest } = await timeIngest(db, csv);
    const by = new Map<string, number>();
    for (const s of log) by.set(partOf(s.query.text), (by.get(partOf(s.query.text)) ?? 0) + s.ms / 1000);
    const typing = log.find((s) => partOf(s.query.text) === 'typing');
    if (!typing) throw new Error('no typing statement in the trace');
    // The same statement into a stored table: the one write a single-pass ingest would make.
    const stored = typing.query.text.replace(/^\s*create temp table \w+ as/, 'create table floor_typed as');
    const t = performance.now();
    await db.run({ text: stored, params: typing.query.params });
    const once = seconds(t);
    const part = (name: string) => by.get(name) ?? 0;
    const required = once + part('coordinates') + part('areas') + part('links');
    const parts = [...by].map(([k, v]) => `${k} ${v.toFixed(2)}`).join(', ');
    console.log(
      `round ${round}: read_csv ${readCsv.toFixed(2)} s; ingest ${ratio(readCsv, ingest)} (${parts})`,
    );
    console.log(`  typing written once, stored:              ${ratio(readCsv, once)}`);
    console.log(`  + coordinates, areas, duplicates, links:  ${ratio(readCsv, required)}`);
    console.log(
      `  + the dashboard's per-batch tables:       ${ratio(readCsv, required + part('dashboard'))}`,
    );
  } finally {
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
if (!values['csv-dir']) fs.rmSync(csvDir, { recursive: true, force: true });
