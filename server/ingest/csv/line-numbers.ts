import type { Executor } from '../../db/database.ts';
import { join, sql, type Sql } from '../../db/sql.ts';
import { code, column, type CsvSource } from './csv-source.ts';

/**
 * Prepares the mapping from record numbers to physical file lines. DuckDB numbers records, not lines;
 * the two differ after a quoted value that spans lines, so the newlines inside earlier values are added
 * back. Reads the file once more; run only when there is something to report.
 */
export async function prepareLineNumbers(tx: Executor, s: CsvSource): Promise<void> {
  const text = sql`concat_ws('', ${join(
    s.names.map((_, k) => column(k)),
    ', ',
  )})`;
  await tx.run(sql`create temp table ${code(`${s.prefix}_nl`)} as
    select k, sum(nl) over (order by k rows unbounded preceding) as cum from (
      select k, length(${text}) - length(replace(${text}, chr(10), '')) as nl
      from (${s.rows()}) where contains(${text}, chr(10)))`);
  await tx.run(sql`create temp table ${code(`${s.prefix}_rl`)} as
    select line - j as v, max(j) as j from (
      select line, row_number() over (order by line) as j from (select distinct line from ${code(s.rejectsTable)}))
    group by v`);
}

/**
 * `rel` (with a record number `k`) plus `line`, its physical line: the header is line 1, a record's
 * line counts the rejected records before it, and earlier multi-line values push it down.
 */
export function withLines(s: CsvSource, rel: Sql): Sql {
  return sql`select w.*, w.k + 1 + coalesce(r.j, 0) + coalesce(n.cum, 0) as line
    from (${rel}) w
    asof left join ${code(`${s.prefix}_rl`)} r on r.v <= w.k
    asof left join ${code(`${s.prefix}_nl`)} n on n.k < w.k`;
}

/**
 * The reader's rejected records with their physical lines. A line short of fields is one problem: DuckDB
 * records one error per missing column, and only the first (its index is the count of fields found) says
 * how many there were.
 */
export function rejectedLines(s: CsvSource): Sql {
  return sql`select r.line + coalesce(n.cum, 0) as line, r.column_name, r.error_type, r.error_message,
      left(r.csv_line, 200) as csv_line
    from (select *, dense_rank() over (order by line) as j from ${code(s.rejectsTable)}
      qualify error_type <> 'MISSING COLUMNS'
        or row_number() over (partition by line, error_type order by column_idx) = 1) r
    asof left join ${code(`${s.prefix}_nl`)} n on n.k <= r.line - r.j - 1`;
}
