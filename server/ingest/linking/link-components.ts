import type { Executor } from '../../db/database.ts';
import { sql, type Sql } from '../../db/sql.ts';
import { withTempCsv } from '../../geo/temp-csv.ts';
import { Components } from './components.ts';

const code = (text: string): Sql => ({ text, params: [] });
// Pairs read per statement: one text block each, so a large load never holds every pair's rows at once.
const CHUNK = 200_000;

/**
 * Joins the new pairs in `<prefix>_pairs` with the incidents their reports already belong to, and gives
 * every connected group one incident id: its smallest contact id, kept in `<prefix>_label` (id, label)
 * and set on the stored contacts whose id changes (a batch not stored yet takes its ids from the table).
 * The groups are found by union-find in JavaScript, one pass over the pairs: label propagation in SQL
 * needs a join over every linked report per round (about 20 rounds and a minute at 10M contacts). The
 * reports are numbered densely in id order first (`<prefix>_ix`), so JavaScript holds four bytes a report.
 */
export async function mergeIncidents(tx: Executor, prefix: string): Promise<void> {
  const [pairs, ends, edges, ix, labels] = [
    code(`${prefix}_pairs`),
    code(`${prefix}_ends`),
    code(`${prefix}_edge`),
    code(`${prefix}_ix`),
    code(`${prefix}_label`),
  ];
  await tx.run(sql`create temp table ${ends} as
    with touched as (select a as id from ${pairs} union select b from ${pairs}),
    members as (select id, incident_id from contact where incident_id in (
      select incident_id from contact where id in (select id from touched) and incident_id is not null))
    select a, b from ${pairs} union all select id, incident_id from members where id <> incident_id`);
  await tx.run(sql`create temp table ${ix} as
    select id, (row_number() over (order by id) - 1)::integer as i
    from (select a as id from ${ends} union select b from ${ends})`);
  await tx.run(sql`create temp table ${edges} as
    select row_number() over () as seq, x.i as a, y.i as b
    from ${ends} e join ${ix} x on x.id = e.a join ${ix} y on y.id = e.b`);
  const [count] = await tx.all<{ edges: number; ids: number }>(
    sql`select (select count(*) from ${edges})::double as edges, (select count(*) from ${ix})::double as ids`,
  );
  const groups = new Components(count?.ids ?? 0);
  for (let from = 1; from <= (count?.edges ?? 0); from += CHUNK) {
    const [block] = await tx.all<{
      text: string | null;
    }>(sql`select string_agg(a || ',' || b, chr(10)) as text
      from ${edges} where seq between ${from} and ${from + CHUNK - 1}`);
    for (const line of (block?.text ?? '').split('\n')) {
      const comma = line.indexOf(',');
      if (comma > 0) groups.join(Number(line.slice(0, comma)), Number(line.slice(comma + 1)));
    }
  }
  await withTempCsv(
    async (put) => {
      let text = '';
      for (let i = 0; i < groups.size; i++) {
        text += `${i},${groups.label(i)}\n`;
        if (text.length > 1 << 20) {
          await put(text);
          text = '';
        }
      }
      await put(text);
    },
    (file) =>
      tx.run(sql`create temp table ${labels} as
        select x.id, y.id as label
        from read_csv(${file}, header = false, columns = {'i': 'integer', 'label': 'integer'}) l
        join ${ix} x on x.i = l.i join ${ix} y on y.i = l.label`),
  );
  await tx.run(sql`update contact set incident_id = l.label from ${labels} l
    where contact.id = l.id and contact.incident_id is distinct from l.label`);
}
