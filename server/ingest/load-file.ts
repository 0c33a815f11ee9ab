import type { DuckDBConnection } from '@duckdb/node-api';
import type { Executor } from '../db/database.ts';
import { closeIngestBatch, findBatchByHash, openIngestBatch } from '../queries/batch-ingest.ts';
import { addBatchRollup } from '../queries/contact-rollup.ts';
import { bumpDataVersion } from '../queries/meta.ts';
import { assignBatchAreas } from './assign-batch-areas.ts';
import { csvSource, dropTemporary, type CsvSource } from './csv/csv-source.ts';
import type { CsvHead } from './csv/read-csv-head.ts';
import type { FormatPlan, FormatReader } from './formats/format-plan.ts';
import { AlreadyLoaded } from './ingest-errors.ts';
import type { IngestOptions, IngestProgress, OnProgress } from './ingest-options.ts';
import type { FileReport } from './ingest-report.ts';
import { linkBatch } from './linking/link-incidents.ts';
import { loadRows } from './load-rows.ts';
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
 * passes read (the first half of the loading phase's progress).
 */
export async function stageFile(ex: Executor, connection: DuckDBConnection, job: FileJob): Promise<void> {
  const { file, head, onProgress } = job;
  await enableQueryProgress(ex);
  onProgress({ file, phase: 'loading', fraction: 0, rows: 0 });
  await withQueryProgress(
    connection,
    (f) => onProgress({ file, phase: 'loading', fraction: f / 2, rows: Math.round(f * head.estimatedRows) }),
    () => job.source.stage(ex),
  );
}

// The load's own temporary tables; the staged rows and the reader's rejects go with the source (unstage).
const TEMPORARY = ['bad', 'nl', 'rl', 'problems', 'dup'];

/** One file as one batch, inside the caller's transaction: all of it is stored, or nothing. */
export async function loadFile(
  tx: Executor,
  connection: DuckDBConnection,
  job: FileJob,
): Promise<FileReport> {
  const { file, options, reader, head, source } = job;
  const { prefix } = source;
  const progress = (phase: IngestProgress['phase'], fraction: number | null, rows: number | null) =>
    job.onProgress({ file, phase, fraction, rows });
  const batchId = await openIngestBatch(tx, {
    format: options.format,
    profile: reader.profile,
    fileName: file,
    loadedBy: options.user,
    onError: options.onError,
  });
  const loaded = await withQueryProgress(
    connection,
    (f) => progress('loading', 0.5 + f / 2, head.estimatedRows),
    () => loadRows(tx, { ...job, source, batchId }),
  );
  const read = loaded.counts.read;
  const contentHash = await refuseLoaded(tx, job.contentHash);
  progress('areas', null, read);
  const areas = await assignBatchAreas(tx, batchId);
  progress('linking', null, read);
  const linked = await linkBatch(tx, batchId, options.link, prefix);
  const counts = { ...loaded.counts, outOfArea: areas.outOfArea, notGeocoded: areas.unlocated, linked };
  const done: FileReport = { ...loaded, outcome: 'loaded', batchId, contentHash, counts };
  await closeIngestBatch(tx, batchId, { contentHash, counts, report: JSON.stringify(done) });
  await addBatchRollup(tx, batchId);
  await bumpDataVersion(tx, { rollupKept: true });
  await dropTemporary(tx, prefix, TEMPORARY);
  progress('committing', null, read);
  return done;
}

/**
 * The hash was computed while DuckDB read the file; content a batch already holds is refused here
 * (the transaction rolls back), and the unique index on content_hash stops a load racing this one.
 */
async function refuseLoaded(tx: Executor, hashing: Promise<string>): Promise<string> {
  const contentHash = await hashing;
  const existing = await findBatchByHash(tx, contentHash);
  if (existing) throw new AlreadyLoaded(existing, contentHash);
  return contentHash;
}
