import type { Executor } from '../db/database.ts';
import { join, sql, type Sql } from '../db/sql.ts';
import type { CsvSource } from './csv/csv-source.ts';
import { IngestRejected } from './ingest-errors.ts';
import type { FileReport } from './ingest-report.ts';
import { gatherProblems, storeRejects, writeRejectsCsv } from './load/problems.ts';
import { rejectsPath } from './rejects-path.ts';

const code = (text: string): Sql => ({ text, params: [] });

/**
 * Puts the file's problems into the report and writes the rejects CSV. Under reject-file this throws
 * (the caller's transaction rolls back and nothing is stored); under set-aside the problems are kept
 * with the batch and the good rows go on to load.
 */
export async function reportProblems(
  tx: Executor,
  s: CsvSource,
  bad: string,
  unmappedReasons: readonly string[],
  report: FileReport,
  rejectsDir: string | undefined,
): Promise<FileReport> {
  const gathered = await gatherProblems(tx, s, bad);
  const rejectsFile = rejectsDir ? rejectsPath(rejectsDir, report.file) : null;
  if (rejectsFile) await writeRejectsCsv(tx, s.prefix, rejectsFile);
  const next: FileReport = {
    ...report,
    problems: gathered.problems,
    problemCount: gathered.problemCount,
    problemSummary: gathered.problemSummary,
    unmapped: await unmappedValues(tx, bad, unmappedReasons),
    rejectsFile,
    counts: { ...report.counts, rejected: gathered.rejectedRows },
  };
  if (report.onError === 'reject-file') {
    const rows = gathered.rejectedRows;
    throw new IngestRejected({
      ...next,
      outcome: 'rejected',
      batchId: null,
      message: `${rows} bad row${rows === 1 ? '' : 's'}: the file was rejected and nothing was stored (--on-error set-aside loads the good rows)`,
    });
  }
  if (report.batchId !== null) await storeRejects(tx, s.prefix, report.batchId);
  return next;
}

async function unmappedValues(
  tx: Executor,
  bad: string,
  reasons: readonly string[],
): Promise<FileReport['unmapped']> {
  if (reasons.length === 0) return [];
  return tx.all<
    FileReport['unmapped'][number] & Record<string, unknown>
  >(sql`select column_name as "column", value,
      count(*)::double as rows from ${code(bad)} where reason in (${join(
        reasons.map((r) => sql`${r}`),
        ', ',
      )})
    group by all order by "column", rows desc, value`);
}
