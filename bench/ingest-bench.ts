/**
 * The canonical CSV path end to end against plain DuckDB read_csv, in one process and one database:
 *   node --import tsx bench/ingest-bench.ts [--rows 1000000] [--threads N] [--memory 8GB] [--no-layers] [--keep]
 * Prints rows/s of `create table t as select * from read_csv(file)` and of the ingest service (hash,
 * checks, load, areas, links, commit), the ingest's phases, and the process's peak RSS. The two LLR
 * boundary layers (LSOA 2011, wards) from ../shared/data are loaded first, so the ingest assigns areas
 * as it would in use; --no-layers leaves them out.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { Db } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { sql } from '../server/db/sql.ts';
import { loadBoundaryLayer } from '../server/ingest/boundaries/load-boundary-layer.ts';
import { ingestFile } from '../server/ingest/ingest-file.ts';
import { DEFAULT_LINK, type IngestProgress } from '../server/ingest/ingest-options.ts';
import { upsertAgency } from '../server/queries/agencies.ts';
import { SHARED_DATA } from '../tests/helpers/shared-data.ts';
import { writeSyntheticCsv } from './ingest-bench-data.ts';
import { cpu } from './cpu-seconds.ts';
import { seconds } from './dashboard/ingest-timing.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '1000000' },
    threads: { type: 'string', default: String(os.availableParallelism()) },
    memory: { type: 'string', default: '8GB' },
    keep: { type: 'boolean', default: false },
    'no-layers': { type: 'boolean', default: false },
  },
});
const rows = Number(values.rows);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-bench-'));
const file = path.join(dir, `contacts-${rows}.csv`);
const db = await Db.open({
  path: path.join(dir, 'bench.duckdb'),
  threads: Number(values.threads),
  memoryLimit: values.memory,
  maxConcurrent: 2,
});
const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString('en-GB')} rows/s`;

try {
  await migrate(db);
  for (const code of ['police', 'city_council', 'housing', 'fire'])
    await upsertAgency(db, { code, name: code, kind: 'other' });
  if (!values['no-layers'])
    for (const [layerId, name, codeProperty, nameProperty] of [
      ['lsoa11', 'llr_lsoa2011_bgc', 'LSOA11CD', 'LSOA11NM'],
      ['ward', 'llr_wards2025_bgc', 'WD25CD', 'WD25NM'],
    ] as const) {
      const layerFile = `${SHARED_DATA}/boundaries/llr/${name}.geojson`;
      await loadBoundaryLayer(db, { layerId, name, file: layerFile, codeProperty, nameProperty });
    }
  let t = performance.now();
  await writeSyntheticCsv(db, file, rows);
  const mb = fs.statSync(file).size / 1024 / 1024;
  console.log(
    `generated ${rows.toLocaleString('en-GB')} rows, ${mb.toFixed(0)} MB, in ${seconds(t).toFixed(1)} s`,
  );

  t = performance.now();
  let c = cpu();
  await db.run(sql`create table bench_read_csv as select * from read_csv(${file})`);
  const plain = seconds(t);
  const plainCpu = cpu() - c;
  await db.run(sql`drop table bench_read_csv`);
  console.log(`read_csv:  ${plain.toFixed(1)} s  ${rate(rows, plain)}  (cpu ${plainCpu.toFixed(1)} s)`);

  const phases: [string, number, number][] = [];
  const onProgress = (p: IngestProgress) => {
    if (phases[phases.length - 1]?.[0] !== p.phase) phases.push([p.phase, performance.now(), cpu()]);
  };
  t = performance.now();
  c = cpu();
  const report = await ingestFile(
    db,
    file,
    { format: 'contacts', onError: 'reject-file', user: 'bench', link: DEFAULT_LINK },
    onProgress,
  );
  const ingest = seconds(t);
  const ingestCpu = cpu() - c;
  if (report.outcome !== 'loaded') throw new Error(`ingest ${report.outcome}: ${report.message}`);
  console.log(
    `ingest:    ${ingest.toFixed(1)} s  ${rate(report.counts.loaded, ingest)}  (cpu ${ingestCpu.toFixed(1)} s)` +
      `  = ${(plain / ingest).toFixed(2)}x read_csv by wall time, ${(plainCpu / ingestCpu).toFixed(2)}x by cpu`,
  );
  const marks = [...phases, ['end', t + ingest * 1000, c + ingestCpu] as [string, number, number]];
  const phase = ([name, at, atCpu]: [string, number, number], i: number) => {
    const [, next = at, nextCpu = atCpu] = marks[i + 1] ?? [];
    return `${name} ${((next - at) / 1000).toFixed(1)} s (cpu ${(nextCpu - atCpu).toFixed(1)})`;
  };
  console.log(`  phases: ${phases.map(phase).join(', ')}`);
  const n = (x: number) => x.toLocaleString('en-GB');
  const { loaded, linked, outOfArea } = report.counts;
  console.log(`  loaded ${n(loaded)}, linked ${n(linked)}, out of area ${n(outOfArea)}`);
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
} finally {
  db.close();
  if (!values.keep) fs.rmSync(dir, { recursive: true, force: true });
  else console.log(`kept ${dir}`);
}
