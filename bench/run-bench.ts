/**
 * The performance benchmark (npm run bench -- --records N): generates N records, ingests them, then
 * times every dashboard endpoint, whole pages and concurrent load against the real server in its own
 * process. Writes bench/results.json and bench/results.md and prints the table with the targets.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { prepareData } from './dashboard/bench-data.ts';
import { startBenchServer } from './dashboard/bench-server.ts';
import { initialBundleKb } from './dashboard/bundle-size.ts';
import { timeEndpoint, timePage, type EndpointResult, type PageResult } from './dashboard/endpoint-timing.ts';
import { discover, endpoints, filterSets, pages, withFilter } from './dashboard/endpoints.ts';
import { loadTest, type LoadResult } from './dashboard/load-test.ts';
import { markdown, type BenchResults } from './dashboard/report.ts';

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '1000000' },
    seed: { type: 'string', default: '20240401' },
    reps: { type: 'string', default: '20' },
    'load-seconds': { type: 'string', default: '15' },
    threads: { type: 'string', default: String(os.availableParallelism()) },
    memory: { type: 'string', default: '6GB' },
    out: { type: 'string', default: '' },
    keep: { type: 'boolean', default: false },
    // Times of read_csv and the ingest, each pair on a fresh database; the run of median ratio is
    // reported. Three by default up to 2M records (a 10M pair takes about two minutes).
    'ingest-runs': { type: 'string', default: '' },
  },
});
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = values.out || path.join(ROOT, 'bench');
fs.mkdirSync(out, { recursive: true });
const reps = Number(values.reps);
const o = { records: Number(values.records), seed: Number(values.seed), threads: Number(values.threads) };
const ingestRuns = Number(values['ingest-runs'] || (o.records <= 2_000_000 ? 3 : 1));
const say = (line: string) => console.log(`[bench] ${line}`);

say('building the client');
execFileSync('npx', ['vite', 'build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
const bundle = initialBundleKb(path.join(ROOT, 'dist/client'));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-bench-'));
const data = await prepareData(dir, { ...o, memory: values.memory, ingestRuns }, say);
const server = await startBenchServer({ ...data, threads: o.threads, memory: values.memory }, say);
try {
  const context = await discover(server);
  const endpointResults: EndpointResult[] = [];
  for (const f of filterSets(context))
    for (const e of endpoints(context)) {
      const r = await timeEndpoint(server, e.name, f.name, withFilter(e.path, f), reps);
      say(
        `${e.name} (${f.name}): p50 ${r.uncachedP50} ms, p95 ${r.uncachedP95} ms, cached ${r.cachedP50} ms`,
      );
      endpointResults.push(r);
    }
  const pageResults: PageResult[] = [];
  for (const pg of pages(context)) pageResults.push(await timePage(server, pg.page, pg.paths, reps));
  const mix = filterSets(context).flatMap((f) => endpoints(context).map((e) => withFilter(e.path, f)));
  const load: LoadResult[] = [];
  for (const connections of [8, 32]) {
    const l = await loadTest(server, mix, connections, Number(values['load-seconds']));
    say(
      `${connections} connections: ${l.requestsPerS} req/s, p95 ${l.p95} ms, ${l.errors + l.non2xx} errors`,
    );
    load.push(l);
  }
  const results: BenchResults = {
    run: {
      date: new Date().toISOString(),
      commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT }).toString().trim(),
      records: data.ingest.records,
      cpus: os.availableParallelism(),
      node: process.versions.node,
      reps,
      threads: o.threads,
      memory: values.memory,
    },
    ingest: data.ingest,
    endpoints: endpointResults,
    pages: pageResults,
    load,
    serverPeakRssMb: server.peakRssMb(),
    bundle,
  };
  const table = markdown(results, ['npm run bench --', ...process.argv.slice(2)].join(' '));
  fs.writeFileSync(path.join(out, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  fs.writeFileSync(path.join(out, 'results.md'), table);
  console.log(`\n${table}`);
} finally {
  await server.stop();
  if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
  else say(`kept ${dir}`);
}
