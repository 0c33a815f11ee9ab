import type { Executor } from '../../db/database.ts';
import { sql, type Sql } from '../../db/sql.ts';
import { fileProblem } from '../ingest-errors.ts';

/** Temp table holding the CSV as text: `line` (its physical line; header = 1) and one column per header name. */
export const STAGED = { text: 'geo_area_csv', params: [] } as const satisfies Sql;

/**
 * Reads a CSV (UTF-8, BOM and CRLF allowed) as text into the temp table STAGED; returns its header
 * names. Values stay text so that "1,928" or a typo reaches our checks rather than the sniffer.
 */
export async function stageAreaCsv(tx: Executor, file: string): Promise<string[]> {
  const read = sql`read_csv(${file}, all_varchar = true, header = true, delim = ',', quote = '"',
    escape = '"', null_padding = false)`;
  try {
    await tx.run(sql`create or replace temp table geo_area_csv_raw as
      select row_number() over () as k, * from ${read}`);
  } catch (err) {
    throw fileProblem(file, `cannot be read as CSV: ${firstLine(err)}`);
  }
  const columns = await tx.all<{ column_name: string }>(sql`describe geo_area_csv_raw`);
  const names = columns.map((c) => c.column_name).filter((n) => n !== 'k');
  // A quoted value spanning lines pushes later rows down: add back the newlines of earlier rows.
  const newlines = names.map(
    (n) => sql`coalesce(length(${quoted(n, names)}) - length(replace(${quoted(n, names)}, chr(10), '')), 0)`,
  );
  const sum = newlines.reduce((a, b) => sql`${a} + ${b}`);
  await tx.run(sql`create or replace temp table ${STAGED} as
    select k + 1 + coalesce(sum(${sum}) over (order by k rows between unbounded preceding and 1 preceding), 0) as line, *
    from geo_area_csv_raw`);
  await tx.run(sql`drop table geo_area_csv_raw`);
  return names;
}

/** A header name as a quoted identifier; only names read from the file's own header get here. */
export function quoted(name: string, header: readonly string[]): Sql {
  if (!header.includes(name)) throw new Error(`not a header column: ${name}`);
  return { text: `"${name.replaceAll('"', '""')}"`, params: [] };
}

/** The header name the user meant: exact, else the one equal ignoring case and spaces. */
export function headerColumn(
  file: string,
  header: readonly string[],
  wanted: string,
  option: string,
): string {
  const squash = (s: string) => s.toLowerCase().replace(/\s+/g, ' ').trim();
  const found = header.find((h) => h === wanted) ?? header.find((h) => squash(h) === squash(wanted));
  if (found === undefined)
    throw fileProblem(
      file,
      `${option}: no column "${wanted}" in the header (columns: ${header.map((h) => `"${h}"`).join(', ')})`,
      1,
    );
  return found;
}

const firstLine = (err: unknown) => (err instanceof Error ? err.message : String(err)).split('\n')[0] ?? '';
