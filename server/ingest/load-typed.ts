import type { Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';
import { fillStagedCoordinates } from '../geo/fill-coordinates.ts';
import { maxContactId } from '../queries/meta.ts';
import { anyFails, collectBadValues } from './checks/row-check.ts';
import { code, countRejected, type CsvSource } from './csv/csv-source.ts';
import type { TypedPlan } from './formats/format-plan.ts';
import { fileProblem } from './ingest-errors.ts';
import type { IngestOptions } from './ingest-options.ts';
import type { FileReport } from './ingest-report.ts';
import { linkStagedBatch } from './linking/link-incidents.ts';
import { findDuplicates } from './load/find-duplicates.ts';
import { contactId, insertPersonal, insertTypedContacts, type Skip } from './load/insert-contacts.ts';
import { reportProblems } from './problem-report.ts';

/** The temporary table of a load's typed rows (contact's columns, personal fields, failed; k = rowid + 1). */
export const typedTable = (source: CsvSource): string => `${source.prefix}_typed`;

/**
 * Before the load's transaction: the file read once, its records typed and checked into a committed
 * temporary table on every core, in file order (so rowid + 1 numbers the records), and what the typing
 * cannot do filled there: postcode centroids, the missing coordinate pair. Inside the transaction every
 * pass then reads committed rows, and the batch's contacts are inserted once, never updated: rows
 * written or updated inside a transaction are read on one thread, and updating them makes the commit
 * write them again (docs/ingest.md). A file with problems is also staged as text, for the passes that
 * name them.
 */
export async function typeFile(ex: Executor, plan: TypedPlan, source: CsvSource): Promise<void> {
  const table = typedTable(source);
  await ex.run(sql`create temp table ${code(table)} as
    ${plan.typed(plan.relation(source.unnumbered()), anyFails(plan.checks))}`);
  await plan.complete(ex, table);
  await fillStagedCoordinates(ex, table);
  const [failed] = await ex.all<{ n: number }>(
    sql`select count(*)::double as n from ${code(table)} where failed`,
  );
  if ((failed?.n ?? 0) > 0 || (await countRejected(ex, source)) > 0) await source.stage(ex, true);
}

const PERSONAL = code('name, phone, address, description');

/** The typed rows with their record number k. */
const numbered = (source: CsvSource): Sql => sql`select rowid + 1 as k, * from ${code(typedTable(source))}`;

export interface TypedJob {
  file: string;
  plan: TypedPlan;
  options: IngestOptions;
  source: CsvSource;
  batchId: number;
  report: FileReport;
}

/** The load's steps, for its progress and its check of the content against stored batches. */
export interface TypedSteps {
  /** Once the records are counted and their problems named, before anything is stored. */
  counted(): Promise<void>;
  linking(read: number): void;
}

/**
 * Inside the transaction: counts the records and names the problems, finds duplicates and cross-agency
 * links from the typed rows, then inserts the batch's contacts finished (incident ids included) in date
 * order, and their personal fields. Returns the report, how many of the contacts were linked, and the
 * contacts as a relation over the typed rows, for the passes that follow.
 */
export async function loadTyped(
  tx: Executor,
  job: TypedJob,
  steps: TypedSteps,
): Promise<{ report: FileReport; linked: number; rows: Sql }> {
  const { plan, source, batchId } = job;
  const typed = code(typedTable(source));
  const [n] = await tx.all<{
    good: number;
    bad: number;
  }>(sql`select count(*) filter (where not failed)::double as good,
      count(*) filter (where failed)::double as bad from ${typed}`);
  const [good, bad] = [n?.good ?? 0, n?.bad ?? 0];
  const rejected = await countRejected(tx, source);
  const read = good + bad + rejected;
  if (read === 0) throw fileProblem(job.file, 'no data rows: the file holds a header line only', 2);
  let report: FileReport = { ...job.report, batchId, counts: { ...job.report.counts, read } };
  if (bad + rejected > 0) {
    const badTable = `${source.prefix}_bad`;
    await collectBadValues(tx, plan.relation(source.rows()), plan.checks, badTable);
    const { unmappedReasons = [] } = plan;
    report = await reportProblems(tx, source, badTable, unmappedReasons, report, job.options.rejectsDir);
  }
  await steps.counted();
  const ids = { batchId, firstId: (await maxContactId(tx)) + 1 };
  const rows = sql`select ${contactId(ids)} as id, * exclude (k, failed, ${PERSONAL})
    from (${numbered(source)}) where not failed`;
  const dupTable = `${source.prefix}_dup`;
  const duplicatesOf = await findDuplicates(
    tx,
    sql`select id, agency_code, source_record_id from (${rows})`,
    sql`true`,
    dupTable,
  );
  const duplicates = duplicatesOf.reduce((a, d) => a + d.rows, 0);
  // Failed records are out already; duplicates only when there are any (the filter costs every pass).
  const skip: Skip = { bad: null, duplicates: duplicates > 0 ? dupTable : null };
  const batch = skip.duplicates
    ? sql`select * from (${rows}) where id not in (select id from ${code(skip.duplicates)})`
    : rows;
  steps.linking(read);
  const labels = await linkStagedBatch(tx, batch, job.options.link, `${source.prefix}_link`);
  await insertTypedContacts(tx, batch, ids, labels);
  if (plan.personal) {
    const personal = sql`select k, ${PERSONAL} from (${numbered(source)})
      where not failed and coalesce(${PERSONAL}) is not null`;
    await insertPersonal(tx, personal, ids, skip);
  }
  const counts = { ...report.counts, loaded: good - duplicates, duplicates, other: 0 };
  const [l] = labels
    ? await tx.all<{ n: number }>(
        sql`select count(*)::double as n from ${code(labels)} where id >= ${ids.firstId}`,
      )
    : [];
  return { report: { ...report, duplicatesOf, counts }, linked: l?.n ?? 0, rows: batch };
}
