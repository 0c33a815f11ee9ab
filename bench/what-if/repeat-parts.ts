/**
 * What-if behind docs/performance.md "Where the repeats lists' time goes": times the list's statement
 * (default 6-month window, priority order, first page) cut after each of its stages, alternating, so the
 * cost of each stage is the difference between two cuts.
 *   node --import tsx bench/what-if/repeat-parts.ts DB [--reps 20] [--memory 6GB]
 * DB a database the benchmark left (bench/ingest-only.ts --keep-db); only read.
 */
import { parseArgs } from 'node:util';
import { REPEAT_KINDS, type RepeatKind } from '../../server/contract/repeats.ts';
import { Db } from '../../server/db/database.ts';
import { p } from '../dashboard/http-timing.ts';
import { repeatStatementOf } from './repeat-statement.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reps: { type: 'string', default: '20' }, memory: { type: 'string', default: '6GB' } },
});
const path = positionals[0];
if (!path) throw new Error('usage: repeat-parts.ts DB [--reps 20] [--memory 6GB]');
const db = await Db.open({ path, threads: 2, memoryLimit: values.memory, maxConcurrent: 1 });

/** The product's statement with its values written in, so it can be cut anywhere. */
async function statementOf(kind: RepeatKind): Promise<string> {
  const q = await repeatStatementOf(db, kind);
  return q.text.replace(/\$(\d+)/g, (_, i: string) => {
    const v = q.params[Number(i) - 1];
    return typeof v === 'number' ? String(v) : `'${String(v).replaceAll("'", "''")}'`;
  });
}

const COUNTS = `select (select count(*) from scoped where day >= '__') as n, count(*) as repeats,
  count(*) filter (where meetsThreshold) as meeting from repeats`;

/** The statement cut before `marker`, ending in `tail`. */
function cut(whole: string, marker: string, tail: string): string {
  const at = whole.indexOf(marker);
  if (at < 0) throw new Error(`the statement no longer has "${marker}"`);
  return `${whole.slice(0, at)})\n${tail}`;
}

try {
  for (const kind of REPEAT_KINDS) {
    const whole = await statementOf(kind);
    const from = /day >= ('\d{4}-\d{2}-\d{2}')::date/.exec(whole)?.[1] ?? "'1900-01-01'";
    const counts = COUNTS.replace("'__'", from);
    const stages: Record<string, string> = {
      'per reference': cut(whole, '), settled as materialized', 'select count(*) from per_ref'),
      'settled, counted': cut(whole, '), page as materialized', counts),
      'page chosen': cut(whole, '), page_contacts as', `${counts}, (select list(ref) from page) as page`),
      "page's contacts": cut(whole, '), runs as', `${counts}, (select count(*) from page_contacts) as page`),
      'whole statement': whole,
    };
    const ms: Record<string, number[]> = Object.fromEntries(Object.keys(stages).map((k) => [k, []]));
    for (let i = 0; i <= Number(values.reps); i++)
      for (const [name, text] of Object.entries(stages)) {
        const start = performance.now();
        await db.all({ text, params: [] });
        if (i > 0) ms[name]?.push(performance.now() - start);
      }
    for (const [name, xs] of Object.entries(ms))
      console.log(
        `${kind.padEnd(10)} ${name.padEnd(17)} p50 ${p(xs, 0.5).toFixed(1).padStart(6)} ms, p95 ${p(xs, 0.95).toFixed(1).padStart(6)} ms`,
      );
  }
} finally {
  db.close();
}
