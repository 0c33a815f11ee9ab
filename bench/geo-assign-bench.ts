/**
 * Area assignment throughput: the real police.uk ASB points and N synthetic points (the real ones
 * jittered by up to about 250 m) against two LLR layers (LSOA 2011 and wards).
 *   node --import tsx bench/geo-assign-bench.ts [N=1000000] [db=/tmp/icsb-geo-bench.duckdb]
 */
import fs from 'node:fs';
import { Db } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { sql } from '../server/db/sql.ts';
import { assignAreas } from '../server/geo/assign-areas.ts';
import { fillCoordinates } from '../server/geo/fill-coordinates.ts';
import { loadBoundaryLayer } from '../server/ingest/boundaries/load-boundary-layer.ts';
import { SHARED_DATA } from '../tests/helpers/shared-data.ts';

const N = Number(process.argv[2] ?? 1_000_000);
const file = process.argv[3] ?? '/tmp/icsb-geo-bench.duckdb';
const DATA = SHARED_DATA;
for (const f of [file, `${file}.wal`]) fs.rmSync(f, { force: true });
const db = await Db.open({ path: file, threads: 2, memoryLimit: '4GB', maxConcurrent: 1 });
await migrate(db);

// Wall seconds, and CPU seconds of this process (DuckDB's threads included), which a busy machine skews less.
let cpu = 0;
const seconds = async <T>(fn: () => Promise<T>): Promise<[T, number]> => {
  const [t0, c0] = [performance.now(), process.cpuUsage()];
  const r = await fn();
  const c = process.cpuUsage(c0);
  cpu = (c.user + c.system) / 1e6;
  return [r, (performance.now() - t0) / 1000];
};
const rate = (n: number, s: number) => `${Math.round(n / s).toLocaleString('en-GB')} points/s`;

for (const [layerId, name, code, label] of [
  ['lsoa11', 'llr_lsoa2011_bgc', 'LSOA11CD', 'LSOA11NM'],
  ['ward', 'llr_wards2025_bgc', 'WD25CD', 'WD25NM'],
] as const) {
  const file = `${DATA}/boundaries/llr/${name}.geojson`;
  const [r, s] = await seconds(() =>
    loadBoundaryLayer(db, { layerId, name, file, codeProperty: code, nameProperty: label }),
  );
  console.log(
    `layer ${layerId}: ${r.areas} areas, ${r.lookupCells.toLocaleString('en-GB')} lookup cells, ` +
      `${s.toFixed(1)} s (CPU ${cpu.toFixed(1)} s)`,
  );
}

await db.run(sql`create temp table real_pt as select "Longitude" as lon, "Latitude" as lat
  from read_csv(${`${DATA}/police_uk/leicestershire/street_asb/*.csv`})`);
// As the contact ingest does it: one transaction per batch that inserts, then assigns, then commits.
const batchRun = async (label: string, batch: number, n: number, select: string) => {
  await db.run(sql`insert into batch (id, source) values (${batch}, 'bench')`);
  const lines: string[] = [];
  const step = async <T>(what: string, fn: () => Promise<T>) => {
    const [r, s] = await seconds(fn);
    lines.push(
      `  ${what}: ${s.toFixed(2)} s, CPU ${cpu.toFixed(2)} s (${rate(n, s)}; ${rate(n, cpu)} per CPU s)`,
    );
    return r;
  };
  const [counts, total] = await seconds(() =>
    db.transaction(async (tx) => {
      await step('insert contacts (lon/lat only)', () =>
        tx.run({
          text: `insert into contact (id, batch_id, agency_code, received_on, time_precision, category, asb_type, lon, lat)
            select ${batch} * 1e9 + row_number() over (), ${batch}, 'police', date '2024-01-01', 'month', 'rowdy',
              'nuisance', lon, lat from (${select})`,
          params: [],
        }),
      );
      await step('fillCoordinates (easting/northing from lon/lat)', () =>
        fillCoordinates(tx, { batchId: batch }),
      );
      return step('assignAreas (2 layers)', () => assignAreas(tx, { batchId: batch }));
    }),
  );
  console.log(`${label}: ${JSON.stringify(counts)}; whole transaction with commit ${total.toFixed(2)} s`);
  for (const line of lines) console.log(line);
};

await batchRun('real 38,058', 1, 38_058, 'select lon, lat from real_pt');
const jitter = `select lon + (random() - 0.5) * 0.0074 as lon, lat + (random() - 0.5) * 0.0045 as lat
  from real_pt, range(${Math.ceil(N / 38_058)}) limit ${N}`;
await batchRun(`synthetic ${N.toLocaleString('en-GB')}`, 2, N, jitter);
const [mem] = await db.all<{ m: string }>(
  sql`select sum(memory_usage_bytes)::bigint::varchar as m from duckdb_memory()`,
);
console.log(
  `DuckDB memory in use at the end: ${(Number(mem?.m ?? 0) / 2 ** 20).toFixed(0)} MiB; peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`,
);
db.close();
