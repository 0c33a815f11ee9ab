import type { Executor } from '../../db/database.ts';
import { sql, type Sql } from '../../db/sql.ts';
import type { CsvEncoding, CsvHead } from './read-csv-head.ts';

/** 2 MB: a longer line is reported, not loaded (DuckDB's own default, made explicit). */
export const MAX_LINE_BYTES = 2 * 1024 * 1024;

/**
 * A CSV file read by DuckDB read_csv straight from its path (plain or gzip, streamed, never whole in
 * memory) as rows k, c0..cN, all text, k counting the records the reader could split. Each pass reads
 * the file again, unless it was staged; the first read also stores the lines the reader could not split
 * (wrong field count, unterminated quote, invalid UTF-8, over-long line) with their line numbers in
 * `rejectsTable`.
 */
export interface CsvSource {
  file: string;
  /** Prefix of every temporary table of this load. */
  prefix: string;
  /** The header's names; column cK holds names[K]. */
  names: readonly string[];
  rejectsTable: string;
  /** Set by the first pass when the reader rejected no line: later passes may then read fewer columns. */
  allLinesRead: boolean;
  /** The rows; `first` marks the pass that stores the rejected lines. */
  rows(first?: boolean): Sql;
  /**
   * The first pass as rows (k, c0..cN) with k null, on every core and in file order, for a statement that
   * only projects and filters them into a committed table: that table's rowid + 1 is then k (DuckDB keeps
   * the order of a scan through projections and filters, not through joins or subqueries).
   */
  unnumbered(): Sql;
  /**
   * Reads the file once into a temporary table, in file order and on every core; later passes read the
   * table. Numbering rows as they stream in (row_number) would hold the read to one thread. Runs before
   * the load's transaction begins: only a committed table's rowid is the record's place in it. `again`
   * when an unnumbered pass has already stored the rejected lines.
   */
  stage(ex: Executor, again?: boolean): Promise<void>;
  /** Drops the staged rows and the reader's tables of rejected lines, which a rollback would keep. */
  unstage(ex: Executor): Promise<void>;
}

export const code = (text: string): Sql => ({ text, params: [] });
export const column = (k: number): Sql => code(`c${k}`);

export function csvSource(s: {
  file: string;
  head: CsvHead;
  delimiter: string;
  encoding: CsvEncoding;
  prefix: string;
}): CsvSource {
  const rejectsTable = `${s.prefix}_rej`;
  const columns = s.head.names.map((_, k) => `'c${k}': 'VARCHAR'`).join(', ');
  const common = `header = true, auto_detect = false, quote = '"', escape = '"', columns = {${columns}},
    compression = '${s.head.compressed ? 'gzip' : 'none'}', max_line_size = ${MAX_LINE_BYTES}`;
  // Never false (strlen is never -1; null is distinct from it): it only makes the scan read every column,
  // and costs less than hashing the values.
  const lengths = s.head.names.map((_, k) => `strlen(c${k})`).join(' + ');
  const everyColumn = code(`where (${lengths}) is distinct from -1`);
  const staged = `${s.prefix}_csv`;
  let isStaged = false;
  const read = (first: boolean) =>
    code(
      `${common}, ${
        first
          ? `store_rejects = true, rejects_table = '${rejectsTable}', rejects_scan = '${s.prefix}_scan'`
          : 'ignore_errors = true'
      }`,
    );
  const source: CsvSource = {
    file: s.file,
    prefix: s.prefix,
    names: s.head.names,
    rejectsTable,
    allLinesRead: false,
    rows(first = false) {
      if (isStaged) return sql`select rowid + 1 as k, * from ${code(staged)}`;
      // DuckDB checks a value's UTF-8 only when its column is read, and every pass must skip the same
      // lines for k to mean the same record: so the filter reads every column, unless no line was bad.
      const filter = first || !source.allLinesRead ? everyColumn : code('');
      return sql`select row_number() over () as k, * from read_csv(${s.file}, delim = ${s.delimiter},
        encoding = ${s.encoding}, ${read(first)}) ${filter}`;
    },
    unnumbered() {
      return sql`select null::bigint as k, * from read_csv(${s.file}, delim = ${s.delimiter},
        encoding = ${s.encoding}, ${read(true)}) ${everyColumn}`;
    },
    async stage(ex, again = false) {
      await ex.run(sql`create temp table ${code(staged)} as select * from read_csv(${s.file},
        delim = ${s.delimiter}, encoding = ${s.encoding}, ${read(!again)})`);
      isStaged = true;
    },
    async unstage(ex) {
      for (const t of [staged, rejectsTable, `${s.prefix}_scan`])
        await ex.run(sql`drop table if exists ${code(t)}`);
      isStaged = false;
    },
  };
  return source;
}

/**
 * A first pass that only counts: the records the reader could split (rows) and those it could not
 * (rejected, stored for the report). For formats whose load pass cannot count its own rows.
 */
export async function countRecords(tx: Executor, s: CsvSource): Promise<{ rows: number; rejected: number }> {
  const [r] = await tx.all<{ n: number }>(sql`select count(*)::double as n from (${s.rows(true)})`);
  return { rows: r?.n ?? 0, rejected: await countRejected(tx, s) };
}

/** After the first pass: the records it could not split (each one line in DuckDB's count). */
export async function countRejected(tx: Executor, s: CsvSource): Promise<number> {
  const [j] = await tx.all<{ n: number }>(
    sql`select count(distinct line)::double as n from ${code(s.rejectsTable)}`,
  );
  s.allLinesRead = (j?.n ?? 0) === 0;
  return j?.n ?? 0;
}

/** Drops the load's temporary tables (they also vanish on rollback). */
export async function dropTemporary(tx: Executor, prefix: string, tables: readonly string[]): Promise<void> {
  for (const t of tables) await tx.run(sql`drop table if exists ${code(`${prefix}_${t}`)}`);
}
