import fs from 'node:fs';
import path from 'node:path';
import { Db } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { sql } from '../../server/db/sql.ts';
import { demoshireSite } from '../../server/generate/demoshire/demoshire-site.ts';
import { generateCsv } from '../../server/generate/generate.ts';
import { DEFAULT_PERIOD } from '../../server/generate/generate-options.ts';
import { ensureGeneratedAgencies } from '../../server/generate/store/generated-agencies.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import { DEFAULT_LINK } from '../../server/ingest/ingest-options.ts';
import { storeLayerLookup } from '../../server/geo/layer-lookup.ts';
import { insertBoundaryLayer } from '../../server/queries/boundaries.ts';
import { createUser } from '../../server/services/users/create-user.ts';

export interface IngestResult {
  records: number;
  csvMb: number;
  generateS: number;
  readCsvS: number;
  readCsvRowsPerS: number;
  ingestS: number;
  ingestRowsPerS: number;
  /** Ingest throughput as a share of read_csv's on the same file in the same run. */
  ratio: number;
}

export interface BenchData {
  dbPath: string;
  username: string;
  password: string;
  ingest: IngestResult;
}

const seconds = (start: number) => (performance.now() - start) / 1000;

/**
 * The generator's canonical CSV for the fictional district, then DuckDB read_csv of that file into a
 * plain table and the product's ingest of it (checks, areas, links, commit), in one database.
 */
export async function prepareData(
  dir: string,
  o: { records: number; seed: number; threads: number; memory: string },
  say: (line: string) => void,
): Promise<BenchData> {
  const dbPath = path.join(dir, 'bench.duckdb');
  const csv = path.join(dir, 'contacts.csv');
  const db = await Db.open({ path: dbPath, threads: o.threads, memoryLimit: o.memory, maxConcurrent: 2 });
  try {
    await migrate(db);
    const site = demoshireSite();
    await db.transaction(async (tx) => {
      await ensureGeneratedAgencies(tx);
      // As `icsb boundaries` loads a layer: its areas, then its lookup cells (built once per layer, not per batch).
      for (const layer of site.boundaryLayers ?? []) {
        await insertBoundaryLayer(tx, layer);
        await storeLayerLookup(tx, layer.id);
      }
    });
    let t = performance.now();
    await generateCsv(fs.createWriteStream(csv), site, {
      records: o.records,
      seed: o.seed,
      ...DEFAULT_PERIOD,
    });
    const generateS = seconds(t);
    const csvMb = fs.statSync(csv).size / 1024 / 1024;
    say(`generated ${o.records} records (${csvMb.toFixed(0)} MB) in ${generateS.toFixed(1)} s`);

    t = performance.now();
    await db.run(sql`create table bench_read_csv as select * from read_csv(${csv})`);
    const readCsvS = seconds(t);
    await db.run(sql`drop table bench_read_csv`);
    say(`read_csv into a plain table: ${readCsvS.toFixed(1)} s`);

    t = performance.now();
    const report = await ingestFile(db, csv, {
      format: 'contacts',
      onError: 'reject-file',
      user: 'bench',
      link: DEFAULT_LINK,
    });
    const ingestS = seconds(t);
    if (report.outcome !== 'loaded') throw new Error(`ingest ${report.outcome}: ${report.message}`);
    say(`ingest end to end: ${ingestS.toFixed(1)} s (${report.counts.loaded} loaded)`);

    const password = `bench-${process.pid}-${Date.now()}`;
    const [agency] = await db.all<{ code: string }>(sql`select code from agency order by code limit 1`);
    await createUser(db, { username: 'bench', password, role: 'admin', agencyCode: agency?.code ?? '' });
    const records = report.counts.loaded;
    return {
      dbPath,
      username: 'bench',
      password,
      ingest: {
        records,
        csvMb,
        generateS,
        readCsvS,
        readCsvRowsPerS: records / readCsvS,
        ingestS,
        ingestRowsPerS: records / ingestS,
        ratio: readCsvS / ingestS,
      },
    };
  } finally {
    db.close();
    fs.rmSync(csv, { force: true });
  }
}
