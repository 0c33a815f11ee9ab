import type { IngestFormat, OnError } from './ingest-options.ts';
import type { IngestCounts } from '../queries/batch-ingest.ts';

/** One bad value or bad line; `line` is the physical line in the file (header = 1). */
export interface RowProblem {
  line: number | null;
  column: string | null;
  value: string | null;
  reason: string;
}

/** The counts a batch records (defined once, with the query that stores them). */
export type BatchCounts = IngestCounts;

export type FileOutcome = 'loaded' | 'rejected' | 'already_loaded';

/** What one file's load did; returned to the CLI (and later the upload API) and stored with the batch. */
export interface FileReport {
  file: string;
  /** postcodes: a postcode centroid lookup, not contacts. */
  format: IngestFormat | 'postcodes';
  outcome: FileOutcome;
  onError: OnError;
  batchId: number | null;
  contentHash: string | null;
  counts: BatchCounts;
  /** The first problems in line order; problemCount says how many there were in all. */
  problems: RowProblem[];
  problemCount: number;
  /** Problems grouped by column and reason, most frequent first. */
  problemSummary: { column: string | null; reason: string; rows: number }[];
  /** Where the duplicates were already stored (batchId null: an earlier row of this same file). */
  duplicatesOf: { batchId: number | null; rows: number }[];
  /** Source values a mapping profile does not map: never guessed, listed here. */
  unmapped: { column: string; value: string; rows: number }[];
  /** Where every problem was written as CSV, when there were any. */
  rejectsFile: string | null;
  /** One sentence for a person: why a file was refused or already loaded. */
  message: string | null;
  ms: number;
}

export const ZERO_COUNTS: BatchCounts = {
  read: 0,
  loaded: 0,
  rejected: 0,
  duplicates: 0,
  outOfArea: 0,
  notGeocoded: 0,
  other: 0,
  linked: 0,
};
