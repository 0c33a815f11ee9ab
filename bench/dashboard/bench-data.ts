import fs from 'node:fs';
import path from 'node:path';
import { sql } from '../../server/db/sql.ts';
import { demoshireSite } from '../../server/generate/demoshire/demoshire-site.ts';
import { generateCsv } from '../../server/generate/generate.ts';
import { DEFAULT_PERIOD } from '../../server/generate/generate-options.ts';
import { createUser } from '../../server/services/users/create-user.ts';
import { medianRun, openBenchDb, seconds, timeIngest, type IngestRun } from './ingest-timing.ts';

export interface IngestResult {
  records: number;
  csvMb: number;
  generateS: number;
  readCsvS: number;
  readCsvRowsPerS: number;
  ingestS: number;
  ingestRowsPerS: number;
  /** Ingest throughput as a share of read_csv's on the same file in the same run (the median run's). */
  ratio: number;
  /** Every run's read_csv and ingest seconds; the figures above are the run of median ratio. */
  runs?: { readCsvS: number; ingestS: number }[];
}

export interface BenchData {
  dbPath: string;
  username: string;
  password: string;
  ingest: IngestResult;
}

/**
 * The generator's canonical CSV for the fictional district, then DuckDB read_csv of that file into a
 * plain table and the product's ingest of it (checks, areas, links, commit), in one database: the one
 * the dashboard is timed on. With ingestRuns > 1 the pair is timed again on fresh databases, and the
 * figures are those of the run of median ratio (this machine's times move by up to a third).
 */
export async function prepareData(
  dir: string,
  o: { records: number; seed: number; threads: number; memory: string; ingestRuns: number },
  say: (line: string) => void,
): Promise<BenchData> {
  const dbPath = path.join(dir, 'bench.duckdb');
  const csv = path.join(dir, 'contacts.csv');
  const site = demoshireSite();
  const db = await openBenchDb(dbPath, site, o);
  try {
    const t = performance.now();
    await generateCsv(fs.createWriteStream(csv), site, {
      records: o.records,
      seed: o.seed,
      ...DEFAULT_PERIOD,
    });
    const generateS = seconds(t);
    const csvMb = fs.statSync(csv).size / 1024 / 1024;
    say(`generated ${o.records} records (${csvMb.toFixed(0)} MB) in ${generateS.toFixed(1)} s`);

    const runs: IngestRun[] = [];
    const timed = async (run: Promise<IngestRun>) => {
      const r = await run;
      say(
        `read_csv into a plain table ${r.readCsvS.toFixed(1)} s, ingest end to end ${r.ingestS.toFixed(1)} s ` +
          `(${r.loaded} loaded, ${(r.readCsvS / r.ingestS).toFixed(2)}x)`,
      );
      runs.push(r);
    };
    await timed(timeIngest(db, csv));
    for (let i = 2; i <= o.ingestRuns; i++) {
      const again = path.join(dir, `ingest-run-${i}.duckdb`);
      const other = await openBenchDb(again, site, o);
      await timed(timeIngest(other, csv)).finally(() => other.close());
      fs.rmSync(again, { force: true });
      fs.rmSync(`${again}.wal`, { force: true });
    }
    const median = medianRun(runs);

    const password = `bench-${process.pid}-${Date.now()}`;
    const [agency] = await db.all<{ code: string }>(sql`select code from agency order by code limit 1`);
    await createUser(db, { username: 'bench', password, role: 'admin', agencyCode: agency?.code ?? '' });
    const records = median.loaded;
    return {
      dbPath,
      username: 'bench',
      password,
      ingest: {
        records,
        csvMb,
        generateS,
        readCsvS: median.readCsvS,
        readCsvRowsPerS: records / median.readCsvS,
        ingestS: median.ingestS,
        ingestRowsPerS: records / median.ingestS,
        ratio: median.readCsvS / median.ingestS,
        runs: runs.map((r) => ({ readCsvS: r.readCsvS, ingestS: r.ingestS })),
      },
    };
  } finally {
    db.close();
    fs.rmSync(csv, { force: true });
  }
}
