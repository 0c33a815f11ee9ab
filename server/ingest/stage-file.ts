import type { DuckDBConnection } from '@duckdb/node-api';
import type { Executor } from '../db/database.ts';
import { resetJoinOrder } from '../db/joins-as-written.ts';
import { sql } from '../db/sql.ts';
import { csvSource, type CsvSource } from './csv/csv-source.ts';
import type { CsvHead } from './csv/read-csv-head.ts';
import { isTyped, type FormatPlan, type FormatReader } from './formats/format-plan.ts';
import type { IngestOptions, OnProgress } from './ingest-options.ts';
import type { FileReport } from './ingest-report.ts';
import { typeFile, typedTable } from './load-typed.ts';
import { enableQueryProgress, withQueryProgress } from './watch-progress.ts';

export interface FileJob {
  file: string;
  options: IngestOptions;
  reader: FormatReader;
  plan: FormatPlan;
  head: CsvHead;
  report: FileReport;
  onProgress: OnProgress;
  /** The file's sha256, computed while the first pass reads the file. */
  contentHash: Promise<string>;
  source: CsvSource;
}

let loads = 0;

/** The file's rows, with a prefix of their own for the load's temporary tables. */
export const fileSource = (file: string, reader: FormatReader, head: CsvHead): CsvSource =>
  csvSource({
    file,
    head,
    delimiter: reader.delimiter,
    encoding: reader.encoding,
    prefix: `ingest_${++loads}`,
  });

/**
 * Before the load's transaction, the first half of the loading phase's progress: for a typed format the
 * file read once into typed and checked rows (load-typed.ts); for the others read once, on every core,
 * into the staged table the load's passes read.
 */
export async function stageFile(ex: Executor, connection: DuckDBConnection, job: FileJob): Promise<void> {
  const { file, head, onProgress, plan } = job;
  await enableQueryProgress(ex);
  onProgress({ file, phase: 'loading', fraction: 0, rows: 0 });
  const share = isTyped(plan) ? 0.6 : 0.5;
  // Later statements (fills, staging a file with problems) start their own count at 0: never go back.
  let done = 0;
  await withQueryProgress(
    connection,
    (f) => {
      done = Math.max(done, f);
      onProgress({
        file,
        phase: 'loading',
        fraction: done * share,
        rows: Math.round(done * head.estimatedRows),
      });
    },
    () => (isTyped(plan) ? typeFile(ex, plan, job.source) : job.source.stage(ex)),
  );
}

/**
 * Once the transaction has ended, committed or not: drops the staged and typed rows and the reader's
 * rejects, and leaves the pooled connection's planner as it was (a statement failing inside
 * withJoinsAsWritten cannot reset it).
 */
export async function unstageFile(ex: Executor, job: FileJob): Promise<void> {
  await resetJoinOrder(ex);
  await job.source.unstage(ex);
  await ex.run(sql`drop table if exists ${{ text: typedTable(job.source), params: [] }}`);
}
