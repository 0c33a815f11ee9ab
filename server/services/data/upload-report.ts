import path from 'node:path';
import type { UploadFormat, UploadReport } from '../../contract/data.ts';
import type { FileReport } from '../../ingest/ingest-report.ts';

/** The report as the browser sees it: the name as uploaded, a download link instead of a server path. */
export function uploadReportOf(report: FileReport, jobId: string, fileName: string): UploadReport {
  // The ingest message names the temporary file and the command-line option; the page has its own words.
  const rename = (text: string | null) =>
    text === null
      ? null
      : text
          .split(path.basename(report.file))
          .join(fileName)
          .replace('--on-error set-aside loads the good rows', '"Set the bad rows aside" loads the good rows');
  return {
    fileName,
    format: report.format as UploadFormat,
    outcome: report.outcome,
    onError: report.onError,
    batchId: report.batchId,
    counts: report.counts,
    problems: report.problems,
    problemCount: report.problemCount,
    problemSummary: report.problemSummary,
    duplicatesOf: report.duplicatesOf,
    unmapped: report.unmapped,
    rejectsUrl: report.rejectsFile ? `/api/data/uploads/${jobId}/rejects` : null,
    message: rename(report.message),
    ms: report.ms,
  };
}
