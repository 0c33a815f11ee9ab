import type { DuckDBConnection } from '@duckdb/node-api';
import type { Executor } from '../db/database.ts';
import { closeIngestBatch, findBatchByHash, openIngestBatch } from '../queries/batch-ingest.ts';
import { bumpDataVersion } from '../queries/meta.ts';
import { assignBatchAreas } from './assign-batch-areas.ts';
import { countRecords, csvSource, dropTemporary } from './csv/csv-source.ts';
import type { CsvHead } from './csv/read-csv-head.ts';
import type { FormatPlan, FormatReader } from './formats/format-plan.ts';
import { AlreadyLoaded, fileProblem } from './ingest-errors.ts';
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
}

let loads = 0;

const TEMPORARY = ['rej', 'scan', 'bad', 'nl', 'rl', 'problems', 'dup'];

/** One file as one batch, inside the caller's transaction: all of it is stored, or nothing. */
export async function loadFile(
  tx: Executor,
  connection: DuckDBConnection,
  job: FileJob,
): Promise<FileReport> {
  const { file, reader, head } = job;
  const progress = (phase: IngestProgress['phase'], fraction: number | null, rows: number | null) =>
    job.onProgress({ file, phase, fraction, rows });
  const prefix = `ingest_${++loads}`;
  const source = csvSource({ file, head, delimiter: reader.delimiter, encoding: reader.encoding, prefix });
  await enableQueryProgress(tx);
  progress('reading', 0, 0);
  const records = await withQueryProgress(
    connection,
    (f) => progress('reading', f, Math.round(f * head.estimatedRows)),
    () => countRecords(tx, source),
  );
  const read = records.rows + records.rejected;
  if (read === 0) throw fileProblem(file, 'no data rows: the file holds a header line only', 2);
  const { batchId, report } = await openBatch(tx, job, read);
  progress('loading', 0, read);
  const loaded = await withQueryProgress(
    connection,
    (f) => progress('loading', f, read),
    () => loadRows(tx, { ...job, source, records, batchId, report }),
  );
  progress('areas', null, read);
  const areas = await assignBatchAreas(tx, batchId);
  progress('linking', null, read);
  const linked = await linkBatch(tx, batchId, job.options.link, prefix);
  const counts = {
    ...loaded.report.counts,
    outOfArea: areas.outOfArea,
    notGeocoded: areas.unlocated,
    linked,
  };
  const done: FileReport = { ...loaded.report, outcome: 'loaded', batchId, counts };
  await closeIngestBatch(tx, batchId, counts, JSON.stringify(done));
  await bumpDataVersion(tx);
  await dropTemporary(tx, prefix, TEMPORARY);
  progress('committing', null, read);
  return done;
}

/** Refuses content already loaded (the hash is ready by now), then opens the batch. */
async function openBatch(
  tx: Executor,
  job: FileJob,
  read: number,
): Promise<{ batchId: number; report: FileReport }> {
  const contentHash = await job.contentHash;
  const existing = await findBatchByHash(tx, contentHash);
  if (existing) throw new AlreadyLoaded(existing, contentHash);
  const batchId = await openIngestBatch(tx, {
    format: job.options.format,
    profile: job.reader.profile,
    fileName: job.file,
    contentHash,
    loadedBy: job.options.user,
    onError: job.options.onError,
  });
  return { batchId, report: { ...job.report, contentHash, counts: { ...job.report.counts, read } } };
}
