import type { Executor } from '../../db/database.ts';
import { join, sql, type Sql } from '../../db/sql.ts';
import { fileProblem } from '../ingest-errors.ts';
import { quoted, STAGED } from './stage-area-csv.ts';

/** A whole-number column to read, with its allowed range. */
export interface ValueColumn {
  column: string;
  min: number;
  max: number;
}

interface Problem {
  [k: string]: unknown;
  line: number;
  column_name: string;
  value: string | null;
  reason: string;
}

const SHOWN = 5;
// Whole numbers, with thousands separators as spreadsheets export them ("1,928").
const WHOLE = `'^\\s*[0-9]{1,3}(,[0-9]{3})*\\s*$|^\\s*[0-9]+\\s*$'`;

/** The SQL value of a checked whole-number column: separators and spaces removed, cast. */
export const wholeNumber = (column: Sql): Sql => sql`try_cast(replace(trim(${column}), ',', '') as bigint)`;

/** Every bad code or number in the staged CSV; throws naming file, line, column, value and reason. */
export async function checkAreaValues(
  tx: Executor,
  file: string,
  header: readonly string[],
  codeColumn: string,
  values: readonly ValueColumn[],
): Promise<void> {
  const code = quoted(codeColumn, header);
  const checks: Sql[] = [
    sql`select line, ${codeColumn} as column_name, ${code} as value, 'where an area code is needed' as reason
      from ${STAGED} where coalesce(trim(${code}), '') = ''`,
    sql`select line, ${codeColumn}, ${code}, 'repeats the code of line ' || first_line
      from (select line, ${code}, min(line) over (partition by trim(${code})) as first_line from ${STAGED})
      where line > first_line`,
    ...values.map((v) => numberCheck(quoted(v.column, header), v)),
  ];
  const problems = await tx.all<Problem>(sql`select line::integer as line, column_name, value, reason
    from (${join(checks, ' union all ')}) order by line, column_name`);
  if (problems.length === 0) return;
  const shown = problems.slice(0, SHOWN).map(describe).join('; ');
  const more = problems.length > SHOWN ? ` (and ${problems.length - SHOWN} more)` : '';
  const first = problems[0] as Problem;
  throw fileProblem(file, `${problems.length} bad value(s): ${shown}${more}`, first.line, first.column_name);
}

function numberCheck(column: Sql, v: ValueColumn): Sql {
  const n = wholeNumber(column);
  return sql`select line, ${v.column}, ${column},
      case when not regexp_matches(coalesce(${column}, ''), ${{ text: WHOLE, params: [] }}) then 'is not a whole number'
           else 'is outside ' || ${v.min} || '..' || ${v.max} end
    from ${STAGED}
    where not regexp_matches(coalesce(${column}, ''), ${{ text: WHOLE, params: [] }})
       or ${n} not between ${v.min} and ${v.max} or ${n} is null`;
}

const describe = (p: Problem) =>
  `line ${p.line}, column "${p.column_name}": ${p.value ? JSON.stringify(p.value) : 'empty value'} ${p.reason}`;
