import type { Executor } from '../../db/database.ts';
import { sql, type Sql } from '../../db/sql.ts';

const code = (text: string): Sql => ({ text, params: [] });
// With pointer jumping a chain of a million reports settles in about 20 rounds; 64 means something is wrong.
const MAX_ROUNDS = 64;

/**
 * Joins the new pairs in `<prefix>_pairs` with the incidents their reports already belong to, and gives
 * every connected group one incident id: its smallest contact id. Label propagation: each report takes
 * the smallest label among its neighbours and its label's label, until nothing changes.
 */
export async function mergeIncidents(tx: Executor, prefix: string): Promise<void> {
  const [pairs, edges, labels, hop, next] = ['pairs', 'edge', 'lbl', 'lbl_hop', 'lbl_next'].map((t) =>
    code(`${prefix}_${t}`),
  ) as [Sql, Sql, Sql, Sql, Sql];
  await tx.run(sql`create temp table ${edges} as
    with touched as (select a as id from ${pairs} union select b from ${pairs}),
    members as (select id, incident_id from contact where incident_id in (
      select incident_id from contact where id in (select id from touched) and incident_id is not null)),
    e as (select a, b from ${pairs} union all select id, incident_id from members where id <> incident_id)
    select a, b from e union all select b, a from e`);
  await tx.run(sql`create temp table ${labels} as select distinct a as id, a as label from ${edges}`);
  for (let round = 0; ; round++) {
    if (round === MAX_ROUNDS) throw new Error(`linking did not settle in ${MAX_ROUNDS} rounds`);
    await tx.run(sql`create temp table ${hop} as
      select l.id, least(l.label, min(n.label)) as label
      from ${labels} l join ${edges} e on e.a = l.id join ${labels} n on n.id = e.b group by l.id, l.label`);
    // Pointer jumping: a report takes its label's label too (a report of the same group, never larger), so
    // a chain settles in about log2(length) rounds rather than its length.
    await tx.run(sql`create temp table ${next} as
      select x.id, least(x.label, j.label) as label from ${hop} x join ${hop} j on j.id = x.label`);
    const [changed] = await tx.all<{ n: number }>(sql`select count(*)::double as n
      from ${next} x join ${labels} l on l.id = x.id where x.label <> l.label`);
    await tx.run(sql`drop table ${labels}`);
    await tx.run(sql`drop table ${hop}`);
    await tx.run(sql`alter table ${next} rename to ${code(`${prefix}_lbl`)}`);
    if ((changed?.n ?? 0) === 0) break;
  }
  await tx.run(sql`update contact set incident_id = l.label from ${labels} l
    where contact.id = l.id and contact.incident_id is distinct from l.label`);
}
