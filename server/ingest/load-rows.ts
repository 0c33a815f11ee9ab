import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';
import { maxContactId } from '../queries/meta.ts';
import { anyFails, collectBadValues } from './checks/row-check.ts';
import type { CsvSource } from './csv/csv-source.ts';
import type { FormatPlan } from './formats/format-plan.ts';
import type { IngestOptions } from './ingest-options.ts';
import type { FileReport } from './ingest-report.ts';
import { removeDuplicates } from './load/find-duplicates.ts';
import { insertPersonal, kept, type Skip } from './load/insert-contacts.ts';
import { reportProblems } from './problem-report.ts';

export interface RowsJob {
  plan: FormatPlan;
  options: IngestOptions;
  source: CsvSource;
  records: { rows: number; rejected: number };
  batchId: number;
  report: FileReport;
}

/**
 * Stores the good rows in one pass (the checks as a filter), then, only if some rows were left out or
 * could not be read, reads the file once more to name every problem. Repeats of stored contacts are
 * taken out again; personal fields and the format's own extras follow for what stays.
 */
export async function loadRows(tx: Executor, job: RowsJob): Promise<{ report: FileReport }> {
  const { plan, source, records, batchId } = job;
  const ids = { batchId, firstId: (await maxContactId(tx)) + 1 };
  const good = sql`select * from (${plan.relation(source.rows())}) where not (${anyFails(plan.checks)})`;
  const stored = await plan.load(tx, good, ids);
  const badRows = records.rows - stored.contacts - stored.other;
  let report: FileReport = { ...job.report, batchId };
  const skip: Skip = { bad: null, duplicates: `${source.prefix}_dup` };
  if (badRows + records.rejected > 0) {
    skip.bad = `${source.prefix}_bad`;
    await collectBadValues(tx, plan.relation(source.rows()), plan.checks, skip.bad);
    report = await reportProblems(
      tx,
      source,
      skip.bad,
      plan.unmappedReasons ?? [],
      report,
      job.options.rejectsDir,
    );
  }
  const duplicatesOf = await removeDuplicates(tx, batchId, skip.duplicates);
  const duplicates = duplicatesOf.reduce((a, d) => a + d.rows, 0);
  if (plan.personal) await insertPersonal(tx, plan.personal(source.rows()), ids, skip);
  await plan.afterLoad?.(tx, source.rows(), ids, kept(skip, ids));
  const counts = { ...report.counts, loaded: stored.contacts - duplicates, duplicates, other: stored.other };
  return { report: { ...report, duplicatesOf, counts } };
}
