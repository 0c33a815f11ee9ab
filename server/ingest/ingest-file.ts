import path from 'node:path';
import type { Db } from '../db/database.ts';
import { listAgencies } from '../queries/agencies.ts';
import { findBatchByHash, type StoredBatch } from '../queries/batch-ingest.ts';
import { readCsvHead } from './csv/read-csv-head.ts';
import { sha256File } from './file-hash.ts';
import { formatReader } from './format-reader.ts';
import { AlreadyLoaded, FileProblem, IngestRejected } from './ingest-errors.ts';
import type { IngestOptions, OnProgress } from './ingest-options.ts';
import { ZERO_COUNTS, type FileReport } from './ingest-report.ts';
import { loadFile } from './load-file.ts';
import { fileSource, stageFile, unstageFile, type FileJob } from './stage-file.ts';

/**
 * Loads one file as one batch: read, checked and stored in a single transaction, all or nothing
 * (docs/ingest.md). The same bytes again are refused. Never throws for a bad file: the report says
 * what was wrong; only unexpected failures (disk, database) throw.
 */
export async function ingestFile(
  db: Db,
  file: string,
  options: IngestOptions,
  onProgress: OnProgress = () => undefined,
): Promise<FileReport> {
  const started = performance.now();
  const timed = (r: FileReport): FileReport => ({ ...r, ms: Math.round(performance.now() - started) });
  const report = emptyReport(file, options);
  let contentHash: string | null = null;
  try {
    const reader = formatReader(options);
    const head = await readCsvHead(file, reader);
    const agencies = (await listAgencies(db)).map((a) => a.code);
    const plan = reader.plan(file, head.names, { agencies });
    // The hash streams through Node while DuckDB makes its first pass over the file.
    const hashing = sha256File(file).then((h) => (contentHash = h));
    hashing.catch(() => undefined);
    const job: FileJob = {
      file,
      options,
      reader,
      plan,
      head,
      report,
      onProgress,
      contentHash: hashing,
      source: fileSource(file, reader, head),
    };
    const loaded = await db.transaction((tx, connection) => loadFile(tx, connection, job), {
      before: (ex, connection) => stageFile(ex, connection, job),
      after: (ex) => unstageFile(ex, job),
    });
    onProgress({ file, phase: 'done', fraction: 1, rows: loaded.counts.read });
    return timed(loaded);
  } catch (err) {
    if (err instanceof AlreadyLoaded)
      return timed(alreadyLoaded({ ...report, contentHash: err.contentHash }, err.batch));
    if (err instanceof IngestRejected) return timed(err.report);
    if (err instanceof FileProblem)
      return timed({
        ...report,
        outcome: 'rejected',
        problems: [err.problem],
        problemCount: 1,
        message: err.problem.reason,
      });
    // Two loads of one file at once: the unique index on content_hash stops the second at commit.
    const raced =
      contentHash && /constraint/i.test(String(err)) ? await findBatchByHash(db, contentHash) : null;
    if (raced) return timed(alreadyLoaded({ ...report, contentHash }, raced));
    throw err;
  }
}

function alreadyLoaded(report: FileReport, batch: StoredBatch): FileReport {
  const by = batch.loaded_by ? ` by ${batch.loaded_by}` : '';
  return {
    ...report,
    outcome: 'already_loaded',
    batchId: batch.id,
    message:
      `already loaded as batch ${batch.id} (${path.basename(batch.file_name ?? '?')}, ${batch.loaded_at}${by}): ` +
      'the same content (sha256) is never loaded twice, so nothing was added',
  };
}

function emptyReport(file: string, options: IngestOptions): FileReport {
  return {
    file,
    format: options.format,
    outcome: 'rejected',
    onError: options.onError,
    batchId: null,
    contentHash: null,
    counts: { ...ZERO_COUNTS },
    problems: [],
    problemCount: 0,
    problemSummary: [],
    duplicatesOf: [],
    unmapped: [],
    rejectsFile: null,
    message: null,
    ms: 0,
  };
}
