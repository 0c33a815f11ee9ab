import { Db } from '../../server/db/database.ts';
import { migrate } from '../../server/db/migrate.ts';
import { sql } from '../../server/db/sql.ts';
import type { Site } from '../../server/generate/site/site.ts';
import { ensureGeneratedAgencies } from '../../server/generate/store/generated-agencies.ts';
import { ingestFile } from '../../server/ingest/ingest-file.ts';
import { DEFAULT_LINK } from '../../server/ingest/ingest-options.ts';
import { storeLayerLookup } from '../../server/geo/layer-lookup.ts';
import { insertBoundaryLayer } from '../../server/queries/boundaries.ts';

export interface IngestRun {
  readCsvS: number;
  ingestS: number;
  loaded: number;
}

export const seconds = (start: number) => (performance.now() - start) / 1000;

/** A new database with the site's agencies and boundary layers, as `icsb boundaries` loads a layer. */
export async function openBenchDb(
  dbPath: string,
  site: Site,
  o: { threads: number; memory: string },
): Promise<Db> {
  const db = await Db.open({ path: dbPath, threads: o.threads, memoryLimit: o.memory, maxConcurrent: 2 });
  await migrate(db);
  await db.transaction(async (tx) => {
    await ensureGeneratedAgencies(tx);
    // Its areas, then its lookup cells (built once per layer, not per batch).
    for (const layer of site.boundaryLayers ?? []) {
      await insertBoundaryLayer(tx, layer);
      await storeLayerLookup(tx, layer.id);
    }
  });
  return db;
}

/** DuckDB read_csv of the file into a plain table, then the product's ingest of it, in one database. */
export async function timeIngest(db: Db, csv: string): Promise<IngestRun> {
  let t = performance.now();
  await db.run(sql`create table bench_read_csv as select * from read_csv(${csv})`);
  const readCsvS = seconds(t);
  await db.run(sql`drop table bench_read_csv`);
  t = performance.now();
  const report = await ingestFile(db, csv, {
    format: 'contacts',
    onError: 'reject-file',
    user: 'bench',
    link: DEFAULT_LINK,
  });
  const ingestS = seconds(t);
  if (report.outcome !== 'loaded') throw new Error(`ingest ${report.outcome}: ${report.message}`);
  return { readCsvS, ingestS, loaded: report.counts.loaded };
}

/** The run of median ratio (read_csv's time over the ingest's): an odd number of runs gives a real one. */
export function medianRun<T extends IngestRun>(runs: readonly T[]): T {
  const sorted = [...runs].sort((a, b) => a.readCsvS / a.ingestS - b.readCsvS / b.ingestS);
  const median = sorted[Math.floor((sorted.length - 1) / 2)];
  if (!median) throw new Error('no ingest runs');
  return median;
}
