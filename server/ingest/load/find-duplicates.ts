import type { Executor } from '../../db/database.ts';
import { sql, type Sql } from '../../db/sql.ts';

const code = (text: string): Sql => ({ text, params: [] });

export type DuplicateCounts = { batchId: number | null; rows: number }[];

/**
 * Takes out of a just-inserted batch the contacts that repeat another: one already stored (same agency
 * and source_record_id; batch_id says where) or an earlier row of the same file (batch_id null). They
 * are counted and listed, never loaded twice. Returns how many per source batch.
 */
export async function removeDuplicates(
  tx: Executor,
  batchId: number,
  table: string,
): Promise<DuplicateCounts> {
  const mine = sql`select id, agency_code, source_record_id from contact where batch_id = ${batchId}`;
  const counts = await findDuplicates(tx, mine, sql`c.batch_id <> ${batchId}`, table);
  if (counts.length > 0) await tx.run(sql`delete from contact where id in (select id from ${code(table)})`);
  return counts;
}

/**
 * Stores in `table` (id, batch_id) the rows of `mine` (id, agency_code, source_record_id) that repeat a
 * stored contact (those for which `stored`, a condition on contact c, holds) or an earlier row of `mine`
 * (batch_id null), and counts them per source batch.
 */
export async function findDuplicates(
  tx: Executor,
  mine: Sql,
  stored: Sql,
  table: string,
): Promise<DuplicateCounts> {
  await tx.run(sql`create temp table ${code(table)} as
    with mine as (${mine}),
    -- Nearly every key is unique: group their 64-bit hashes first (cheaper than the texts, a million
    -- keys and more), then the keys themselves only where a hash recurs (a shared hash costs nothing).
    recurring as (
      select hash(agency_code, source_record_id) as h from mine group by h having count(*) > 1),
    repeated as (
      select agency_code, source_record_id, min(id) as first_id from mine
      where hash(agency_code, source_record_id) in (select h from recurring)
      group by all having count(*) > 1)
    select id, any_value(batch_id) as batch_id from (
      select m.id, null::integer as batch_id from mine m
        join repeated r on r.agency_code = m.agency_code and r.source_record_id = m.source_record_id
        where m.id <> r.first_id
      union all
      select m.id, c.batch_id from mine m
        join contact c on c.agency_code = m.agency_code and c.source_record_id = m.source_record_id
        where ${stored})
    group by id`);
  return tx.all<{ batchId: number | null; rows: number }>(sql`select batch_id as "batchId",
      count(*)::double as rows from ${code(table)} group by all order by rows desc, "batchId" nulls first`);
}
