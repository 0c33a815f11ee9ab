import type { DuckDBConnection } from '@duckdb/node-api';
import type { Executor } from '../db/database.ts';
import type { AssignCounts } from '../geo/assign-areas.ts';
import { closeIngestBatch, findBatchByHash, openIngestBatch } from '../queries/batch-ingest.ts';
import { addBatchRollup } from '../queries/contact-rollup.ts';
import { bumpDataVersion } from '../queries/meta.ts';
import { assignBatchAreas } from './assign-batch-areas.ts';
import { dropTemporary } from './csv/csv-source.ts';
import { isTyped, type StoringPlan, type TypedPlan } from './formats/format-plan.ts';
import { AlreadyLoaded } from './ingest-errors.ts';
import type { IngestProgress } from './ingest-options.ts';
import type { FileReport } from './ingest-report.ts';
import { linkBatch } from './linking/link-incidents.ts';
import { loadRows } from './load-rows.ts';
import { loadTyped } from './load-typed.ts';
import type { FileJob } from './stage-file.ts';
import { withQueryProgress } from './watch-progress.ts';

// The load's own temporary tables; the staged and typed rows and the reader's rejects go in unstageFile.
const TEMPORARY = ['bad', 'nl', 'rl', 'problems', 'dup', 'link_label'];

type Progress = (phase: IngestProgress['phase'], fraction: number | null, rows: number | null) => void;

interface Loaded {
  report: FileReport;
  contentHash: string;
  areas: AssignCounts;
  linked: number;
}

/** One file as one batch, inside the caller's transaction: all of it is stored, or nothing. */
export async function loadFile(
  tx: Executor,
  connection: DuckDBConnection,
  job: FileJob,
): Promise<FileReport> {
  const { file, options, reader, plan, source } = job;
  const progress: Progress = (phase, fraction, rows) => job.onProgress({ file, phase, fraction, rows });
  const batchId = await openIngestBatch(tx, {
    format: options.format,
    profile: reader.profile,
    fileName: file,
    loadedBy: options.user,
    onError: options.onError,
  });
  const { report, contentHash, areas, linked } = isTyped(plan)
    ? await loadTypedFile(tx, { ...job, plan }, batchId, progress)
    : await loadStoredFile(tx, connection, { ...job, plan }, batchId, progress);
  const counts = { ...report.counts, outOfArea: areas.outOfArea, notGeocoded: areas.unlocated, linked };
  const done: FileReport = { ...report, outcome: 'loaded', batchId, contentHash, counts };
  await closeIngestBatch(tx, batchId, { contentHash, counts, report: JSON.stringify(done) });
  await addBatchRollup(tx, batchId);
  await bumpDataVersion(tx, { rollupKept: true });
  await dropTemporary(tx, source.prefix, TEMPORARY);
  progress('committing', null, counts.read);
  return done;
}

/** A typed format: contacts inserted once, finished, then placed in areas (load-typed.ts). */
async function loadTypedFile(
  tx: Executor,
  job: FileJob & { plan: TypedPlan },
  batchId: number,
  progress: Progress,
): Promise<Loaded> {
  let contentHash = '';
  const { report, linked, rows } = await loadTyped(
    tx,
    { ...job, batchId },
    {
      counted: async () => {
        contentHash = await refuseLoaded(tx, job.contentHash);
      },
      linking: (read) => progress('linking', null, read),
    },
  );
  progress('areas', null, report.counts.read);
  return { report, contentHash, areas: await assignBatchAreas(tx, batchId, rows), linked };
}

/** A format that stores its records itself: they are then placed in areas and linked in place. */
async function loadStoredFile(
  tx: Executor,
  connection: DuckDBConnection,
  job: FileJob & { plan: StoringPlan },
  batchId: number,
  progress: Progress,
): Promise<Loaded> {
  const { head, options, source } = job;
  const report = await withQueryProgress(
    connection,
    (f) => progress('loading', 0.5 + f / 2, head.estimatedRows),
    () => loadRows(tx, { ...job, batchId }),
  );
  const read = report.counts.read;
  const contentHash = await refuseLoaded(tx, job.contentHash);
  progress('areas', null, read);
  const areas = await assignBatchAreas(tx, batchId);
  progress('linking', null, read);
  const linked = await linkBatch(tx, batchId, options.link, source.prefix);
  return { report, contentHash, areas, linked };
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
