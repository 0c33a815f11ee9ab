import type { Db } from '../db/database.ts';
import { ingestFile } from './ingest-file.ts';
import type { IngestOptions, LoadFormat, OnProgress } from './ingest-options.ts';
import type { FileReport } from './ingest-report.ts';
import { checkProfile, readMappingProfile } from './mapped/read-profile.ts';
import { loadPostcodes } from './postcodes/load-postcodes.ts';
import { reportLines } from './report-lines.ts';

export interface IngestListeners {
  onProgress?: OnProgress;
  /** Each file's report as soon as it is done, with its lines for a terminal or log. */
  onReport?: (report: FileReport, lines: string[]) => void;
}

export type LoadOptions = Omit<IngestOptions, 'format'> & { format: LoadFormat; profilePath?: string };

/**
 * Loads several files one after another, each its own batch (one bad file does not stop the others).
 * With profilePath the mapping profile is read and checked once, before any file. The postcodes format
 * loads the postcode centroid lookup instead.
 */
export async function ingestFiles(
  db: Db,
  files: readonly string[],
  options: LoadOptions,
  listeners: IngestListeners = {},
): Promise<FileReport[]> {
  const { format } = options;
  const profile = options.profilePath ? readMappingProfile(options.profilePath) : options.profile;
  if (profile && options.profilePath) await checkProfile(db, options.profilePath, profile);
  const reports: FileReport[] = [];
  for (const file of files) {
    const report =
      format === 'postcodes'
        ? await loadPostcodes(db, file, options)
        : await ingestFile(db, file, { ...options, format, profile }, listeners.onProgress);
    reports.push(report);
    listeners.onReport?.(report, reportLines(report));
  }
  return reports;
}
