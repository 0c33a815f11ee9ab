import type { Executor } from '../../db/database.ts';
import { join, sql, type Sql } from '../../db/sql.ts';
import { MAX_LINE_BYTES, type CsvSource } from '../csv/csv-source.ts';
import { prepareLineNumbers, rejectedLines, withLines } from '../csv/line-numbers.ts';
import type { FileReport, RowProblem } from '../ingest-report.ts';

const code = (text: string): Sql => ({ text, params: [] });
export const SHOWN_PROBLEMS = 100;

/** Why DuckDB's CSV reader could not split a line, in words for the person who made the file. */
function structuralReason(): Sql {
  return sql`case error_type
    when 'MISSING COLUMNS' then regexp_replace(error_message,
      'Expected Number of Columns: (\\d+) Found: (\\d+).*', 'wrong number of fields: \\2 where the header has \\1')
    when 'TOO MANY COLUMNS' then regexp_replace(error_message,
      'Expected Number of Columns: (\\d+) Found: (\\d+).*', 'wrong number of fields: \\2 where the header has \\1')
    when 'UNQUOTED VALUE' then 'unterminated quote: a quoted value is never closed'
    when 'INVALID ENCODING' then 'not valid UTF-8 text (save the file as UTF-8)'
    when 'LINE SIZE OVER MAXIMUM' then ${`line longer than ${MAX_LINE_BYTES / 1024 / 1024} MB`}
    else error_type || ': ' || error_message end`;
}

const headerName = (s: CsvSource): Sql =>
  sql`case column_name ${join(
    s.names.map((n, k) => sql`when ${`c${k}`} then ${n}`),
    ' ',
  )} end`;

/**
 * Gathers every problem of the load into `<prefix>_problems` (line, column_name, value, reason): bad
 * values from the checks (`bad`) and lines the CSV reader rejected. Returns the report's parts.
 */
export async function gatherProblems(
  tx: Executor,
  s: CsvSource,
  bad: string,
): Promise<Pick<FileReport, 'problems' | 'problemCount' | 'problemSummary'> & { rejectedRows: number }> {
  const table = code(`${s.prefix}_problems`);
  await prepareLineNumbers(tx, s);
  await tx.run(sql`create temp table ${table} as
    select line, column_name, value, reason, k from (${withLines(s, sql`select * from ${code(bad)}`)})
    union all
    select line, ${headerName(s)}, csv_line, ${structuralReason()}, null from (${rejectedLines(s)})`);
  const [counts] = await tx.all<{ n: number; rows: number }>(sql`select count(*)::double as n,
    (count(distinct k) + count(distinct line) filter (where k is null))::double as rows from ${table}`);
  const problems = await tx.all<RowProblem & Record<string, unknown>>(sql`select line::double as line,
      column_name as "column", value, reason from ${table} order by line, column_name limit ${SHOWN_PROBLEMS}`);
  const problemSummary = await tx.all<{ column: string | null; reason: string; rows: number }>(sql`select
      column_name as "column", reason, count(distinct line)::double as rows from ${table}
      group by all order by rows desc, "column" limit 50`);
  return { problems, problemCount: counts?.n ?? 0, problemSummary, rejectedRows: counts?.rows ?? 0 };
}

/** Keeps the set-aside rows' problems with the batch (batch_reject). */
export async function storeRejects(tx: Executor, prefix: string, batchId: number): Promise<void> {
  await tx.run(sql`insert into batch_reject (batch_id, line, column_name, value, reason)
    select ${batchId}, line, column_name, value, reason from ${code(`${prefix}_problems`)} order by line`);
}

/** Writes every problem as CSV (line, column, value, reason) for the person who fixes the file. */
export async function writeRejectsCsv(tx: Executor, prefix: string, file: string): Promise<void> {
  const target = code(`'${file.replace(/'/g, "''")}'`);
  await tx.run(sql`copy (select line, column_name as column, value, reason from ${code(`${prefix}_problems`)}
    order by line, column_name) to ${target} (header, delimiter ',')`);
}
