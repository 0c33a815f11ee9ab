import path from 'node:path';
import { AppError } from '../errors.ts';
import type { StoredBatch } from '../queries/batch-ingest.ts';
import type { FileReport, RowProblem } from './ingest-report.ts';

/** The whole file is unusable (empty, bad header, unknown profile column): nothing of it is stored. */
export class FileProblem extends AppError {
  readonly problem: RowProblem;
  constructor(file: string, reason: string, line: number | null = null, column: string | null = null) {
    super('invalid_file', 422, `${path.basename(file)}: ${reason}`);
    this.problem = { line, column, value: null, reason };
  }
}

export const fileProblem = (
  file: string,
  reason: string,
  line: number | null = null,
  column: string | null = null,
) => new FileProblem(file, reason, line, column);

/** Thrown inside a batch's transaction to roll it back; carries the report of what was wrong. */
export class IngestRejected extends AppError {
  constructor(readonly report: FileReport) {
    super('file_rejected', 422, report.message ?? `${report.file} was rejected`);
  }
}

/** Thrown inside a load's transaction when a batch already holds the same content (sha256). */
export class AlreadyLoaded extends AppError {
  constructor(
    readonly batch: StoredBatch,
    readonly contentHash: string,
  ) {
    super('already_loaded', 409, `already loaded as batch ${batch.id}`);
  }
}
