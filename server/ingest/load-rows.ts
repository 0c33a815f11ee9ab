import type { Executor } from '../db/database.ts';
import { maxContactId } from '../queries/meta.ts';
import { anyFails, collectBadValues } from './checks/row-check.ts';
import { countRecords, countRejected, type CsvSource } from './csv/csv-source.ts';
import type { StoringPlan } from './formats/format-plan.ts';
import { fileProblem } from './ingest-errors.ts';
import type { IngestOptions } from './ingest-options.ts';
import type { FileReport } from './ingest-report.ts';
import { removeDuplicates } from './load/find-duplicates.ts';
import { kept, type Skip } from './load/insert-contacts.ts';
import { reportProblems } from './problem-report.ts';

export interface RowsJob {
  file: string;
  plan: StoringPlan;
  options: IngestOptions;
  source: CsvSource;
  batchId: number;
  report: FileReport;
}

/**
 * Stores the good rows in one pass over the file (the checks as a filter), then, only if some rows were
 * left out or could not be read, reads the file once more to name every problem. Repeats of stored
 * contacts are taken out again; the format's own extras follow for what stays.
 */
export async function loadRows(tx: Executor, job: RowsJob): Promise<FileReport> {
  const { plan, source, batchId } = job;
  const counted = plan.countsRows ? null : await countRecords(tx, source);
  const ids = { batchId, firstId: (await maxContactId(tx)) + 1 };
  const stored = await plan.load(tx, plan.relation(source.rows(plan.countsRows)), anyFails(plan.checks), ids);
  const rejected = counted ? counted.rejected : await countRejected(tx, source);
  const rows = counted ? counted.rows : stored.contacts + stored.other + (stored.failed ?? 0);
  const read = rows + rejected;
  if (read === 0) throw fileProblem(job.file, 'no data rows: the file holds a header line only', 2);
  let report: FileReport = { ...job.report, batchId, counts: { ...job.report.counts, read } };
  const dupTable = `${source.prefix}_dup`;
  const skip: Skip = { bad: null, duplicates: null };
  if (rows - stored.contacts - stored.other + rejected > 0) {
    skip.bad = `${source.prefix}_bad`;
    await collectBadValues(tx, plan.relation(source.rows()), plan.checks, skip.bad);
    const { unmappedReasons = [] } = plan;
    report = await reportProblems(tx, source, skip.bad, unmappedReasons, report, job.options.rejectsDir);
  }
  const duplicatesOf = await removeDuplicates(tx, batchId, dupTable);
  const duplicates = duplicatesOf.reduce((a, d) => a + d.rows, 0);
  if (duplicates > 0) skip.duplicates = dupTable;
  await plan.afterLoad?.(tx, source.rows(), ids, kept(skip, ids));
  const counts = { ...report.counts, loaded: stored.contacts - duplicates, duplicates, other: stored.other };
  return { ...report, duplicatesOf, counts };
}
