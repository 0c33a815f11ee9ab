/**
 * What-if behind docs/performance.md "Repeats on integer keys": the repeat lists grouped on integer keys
 * of the references instead of their text.
 *   node --import tsx bench/what-if/repeat-keys.ts DB [--reps 20] [--memory 6GB]
 * DB a database the benchmark left (bench/ingest-only.ts --keep-db). Works on a copy: adds a dictionary
 * reference_key (kind, ref, key: 1, 2, ... in text order) and contact.caller_key and location_key, then
 * times the list's statement for the default 6-month window three ways, alternating:
 * - text: as the product runs it;
 * - keys: scoped on the keys, ties broken by key (not the reference A to Z, so not the same order);
 * - keys, named: scoped on the keys, the repeats joined to the dictionary for their text, so order and
 *   answer are the product's (checked equal to text's).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPEAT_KINDS } from '../../server/contract/repeats.ts';
import { Db } from '../../server/db/database.ts';
import { sql, type Sql } from '../../server/db/sql.ts';
import { p } from '../dashboard/http-timing.ts';
import { repeatStatementOf } from './repeat-statement.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { reps: { type: 'string', default: '20' }, memory: { type: 'string', default: '6GB' } },
});
const source = positionals[0];
if (!source) throw new Error('usage: repeat-keys.ts DB [--reps 20] [--memory 6GB]');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'icsb-repeat-keys-'));
const copy = path.join(dir, 'keys.duckdb');
fs.copyFileSync(source, copy);
const db = await Db.open({ path: copy, threads: 2, memoryLimit: values.memory, maxConcurrent: 1 });
const COLUMN = { callers: 'caller', locations: 'location' } as const;
const text = (s: string): Sql => ({ text: s, params: [] });

try {
  await db.run(sql`create table reference_key (kind varchar, ref varchar, key integer)`);
  for (const kind of REPEAT_KINDS) {
    const c = COLUMN[kind];
    const start = performance.now();
    await db.run(
      text(`insert into reference_key select '${kind}', ref, row_number() over (order by ref)
      from (select distinct ${c}_ref as ref from contact where ${c}_ref is not null)`),
    );
    const [n] = await db.all<{ n: number }>(
      sql`select count(*)::integer as n from reference_key where kind = ${kind}`,
    );
    // What a first load would add to the ingest for the dictionary (its contacts' join aside).
    console.log(
      `${kind.padEnd(10)} dictionary of ${n?.n} references in ${(performance.now() - start).toFixed(0)} ms`,
    );
    await db.run(text(`alter table contact add column ${c}_key integer`));
    await db.run(
      text(`update contact c set ${c}_key = k.key from reference_key k
      where k.kind = '${kind}' and k.ref = c.${c}_ref`),
    );
  }
  await db.run(sql`checkpoint`);
  for (const kind of REPEAT_KINDS) {
    const base = await repeatStatementOf(db, kind);
    const [own, other] = kind === 'callers' ? ['caller', 'location'] : ['location', 'caller'];
    const keys = base.text
      .replace(`c.${own}_ref as ref`, `c.${own}_key as ref`)
      .replace(`c.${other}_ref as other`, `c.${other}_key as other`);
    const named = keys
      .replace(
        /page as materialized \(\n\s*select \* from repeats order by (.*)\n/,
        (_, order: string) => `page as materialized (
      select r.* replace (t.ref as ref), r.ref as key from repeats r
      join reference_key t on t.kind = '${kind}' and t.key = r.ref order by ${order}\n`,
      )
      .replace(
        'from scoped where ref in (select ref from page)',
        'from scoped where ref in (select key from page)',
      )
      .replace('d.ref = p.ref join runs r on r.ref = p.ref', 'd.ref = p.key join runs r on r.ref = p.key');
    if (keys === base.text || named.includes('select * from repeats order by'))
      throw new Error('the statement no longer has the shape this what-if rewrites');
    const variants = { text: base, keys: { ...base, text: keys }, 'keys, named': { ...base, text: named } };
    const same = JSON.stringify(await db.all(variants['keys, named'])) === JSON.stringify(await db.all(base));
    const ms: Record<string, number[]> = { text: [], keys: [], 'keys, named': [] };
    for (let i = 0; i < Number(values.reps); i++)
      for (const [name, q] of Object.entries(variants)) {
        const start = performance.now();
        await db.all(q);
        ms[name]?.push(performance.now() - start);
      }
    for (const [name, xs] of Object.entries(ms))
      console.log(
        `${kind.padEnd(10)} ${name.padEnd(12)} p50 ${p(xs, 0.5).toFixed(1).padStart(6)} ms, p95 ${p(xs, 0.95).toFixed(1).padStart(6)} ms`,
      );
    console.log(`${kind.padEnd(10)} keys, named gives the same answer as text: ${same}`);
  }
} finally {
  db.close();
  fs.rmSync(dir, { recursive: true, force: true });
}
