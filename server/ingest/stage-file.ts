import type { DuckDBConnection } from '@duckdb/node-api';
import type { Executor } from '../db/database.ts';
import { resetJoinOrder } from '../db/joins-as-written.ts';
import { sql } from '../db/sql.ts';
import { csvSource, type CsvSource } from './csv/csv-source.ts';
import type { CsvHead } from './csv/read-csv-head.ts';
import { isTyped, type FormatPlan, type FormatReader } from './formats/format-plan.ts';
import type { IngestOptions, OnProgress } from './ingest-options.ts';
import type { FileReport } from './ingest-report.ts';
import { typeStaged, typedTable } from './load-typed.ts';
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
 * Before the load's transaction: the file read once, on every core, into the staged table the load's
 * passes read, and for a typed format its records typed and checked (the first half of the loading
 * phase's progress).
 */
export async function stageFile(ex: Executor, connection: DuckDBConnection, job: FileJob): Promise<void> {
  const { file, head, onProgress, plan } = job;
  await enableQueryProgress(ex);
  onProgress({ file, phase: 'loading', fraction: 0, rows: 0 });
  const share = isTyped(plan) ? 0.3 : 0.5;
  await withQueryProgress(
    connection,
    (f) =>
      onProgress({ file, phase: 'loading', fraction: f * share, rows: Math.round(f * head.estimatedRows) }),
    () => job.source.stage(ex),
  );
  if (isTyped(plan))
    await withQueryProgress(
      connection,
      (f) => onProgress({ file, phase: 'loading', fraction: 0.3 + f * 0.3, rows: head.estimatedRows }),
      () => typeStaged(ex, plan, job.source),
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
