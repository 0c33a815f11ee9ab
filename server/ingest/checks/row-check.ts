import type { Executor } from '../../db/database.ts';
import { join, sql, type Sql } from '../../db/sql.ts';

/** One rule for one column: the row is bad when `fails`; `value` and `reason` say what and why. */
export interface RowCheck {
  column: string;
  value: Sql;
  fails: Sql;
  reason: Sql;
}

const code = (text: string): Sql => ({ text, params: [] });

/**
 * Evaluates every check over `rel` (which has an ordinal column `k`) in one pass and stores the failures
 * in `table` (k, column_name, value, reason): the first failing rule per row and column, so one bad value
 * gives one clear reason. Returns the number of bad rows.
 */
export async function collectBadValues(
  tx: Executor,
  rel: Sql,
  checks: readonly RowCheck[],
  table: string,
): Promise<number> {
  if (checks.length === 0) {
    await tx.run(
      sql`create temp table ${code(table)} (k bigint, column_name varchar, value varchar, reason varchar)`,
    );
    return 0;
  }
  const items = checks.map(
    (c, i) => sql`case when ${c.fails} then {'rule': ${i}::integer, 'col': ${c.column}::varchar,
      'val': left(${c.value}::varchar, 200), 'why': ${c.reason}::varchar} end`,
  );
  await tx.run(sql`create temp table ${code(table)} as
    select k, p.col as column_name, p.val as value, p.why as reason from (
      select k, unnest(list_filter([${join(items, ', ')}], x -> x is not null)) as p
      from (${rel}) where ${anyFails(checks)})
    qualify row_number() over (partition by k, p.col order by p.rule) = 1`);
  const rows = await tx.all<{ n: number }>(sql`select count(distinct k)::double as n from ${code(table)}`);
  return rows[0]?.n ?? 0;
}

/** True for a row that fails any check (null-safe: a check that cannot be evaluated does not fail). */
export function anyFails(checks: readonly RowCheck[]): Sql {
  if (checks.length === 0) return sql`false`;
  return join(
    checks.map((c) => sql`coalesce(${c.fails}, false)`),
    ' or ',
  );
}

/**
 * Whether a value is one of `allowed`. A list, not IN: DuckDB turns an IN of six or more values into a
 * join, and a join may reorder rows (the typing statement must keep the file's order: csv-source.ts).
 */
export const inList = (value: Sql, allowed: readonly string[]): Sql =>
  sql`list_contains([${join(
    allowed.map((a) => sql`${a}`),
    ', ',
  )}]::varchar[], ${value})`;

/** A check that fails when a value is present but not one of `allowed`. */
export function oneOf(column: string, value: Sql, allowed: readonly string[], hint: string): RowCheck {
  return {
    column,
    value,
    fails: sql`${value} is not null and not ${inList(value, allowed)}`,
    reason: sql`${`not one of ${hint}`}`,
  };
}

/** A check that fails when a required value is empty. */
export const required = (column: string, value: Sql): RowCheck => ({
  column,
  value,
  fails: sql`${value} is null`,
  reason: sql`${'missing: this column is required'}`,
});
