/**
 * One generator run for bench/generate-bench.ts, in its own process so its peak RSS is its own:
 *   node --import tsx bench/generate-bench-run.ts --records N --to csv|db --out PATH
 * Prints one JSON line: rows, wall and CPU seconds, peak RSS in MB.
 */
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { Db } from '../server/db/database.ts';
import { migrate } from '../server/db/migrate.ts';
import { demoshireSite } from '../server/generate/demoshire/demoshire-site.ts';
import { generateCsv, generateIntoDb } from '../server/generate/generate.ts';
import { DEFAULT_PERIOD } from '../server/generate/generate-options.ts';
import { cpu } from './cpu-seconds.ts';

const { values } = parseArgs({
  options: { records: { type: 'string' }, to: { type: 'string' }, out: { type: 'string' } },
});
const options = { records: Number(values.records), seed: 20240401, ...DEFAULT_PERIOD };
const out = values.out as string;
const [started, cpuStarted] = [performance.now(), cpu()];
if (values.to === 'db') {
  const db = await Db.open({ path: out, threads: 2, memoryLimit: '4GB', maxConcurrent: 1 });
  await migrate(db);
  await generateIntoDb(db, options);
  db.close();
} else await generateCsv(fs.createWriteStream(out), demoshireSite(), options);
console.log(
  JSON.stringify({
    rows: options.records,
    wallS: (performance.now() - started) / 1000,
    cpuS: cpu() - cpuStarted,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    bytes: fs.statSync(out).size,
  }),
);
