import type { Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';

export interface RemovedCounts {
  contacts: number;
  personal: number;
  areas: number;
  /** The batch's contacts that were linked to an incident. */
  links: number;
  crimes: number;
  rejects: number;
}

const code = (text: string): Sql => ({ text, params: [] });
const inBatch = (id: number) => sql`(select id from contact where batch_id = ${id})`;

/**
 * Deletes everything a batch loaded (contacts, personal fields, area rows, police crimes, rejects, the
 * generator's planted truth, the batch itself). Contacts of other batches that shared an incident with it are unlinked and listed in
 * the temporary table `survivors` (id) for relinking. The caller owns the transaction.
 */
export async function deleteBatch(tx: Executor, id: number, survivors: string): Promise<RemovedCounts> {
  await tx.run(sql`create temp table ${code(survivors)} as select id from contact
    where batch_id <> ${id} and incident_id in (
      select incident_id from contact where batch_id = ${id} and incident_id is not null)`);
  const [c] = await tx.all<RemovedCounts & Record<string, unknown>>(sql`select
      (select count(*) from contact where batch_id = ${id})::double as contacts,
      (select count(*) from contact_personal where contact_id in ${inBatch(id)})::double as personal,
      (select count(*) from contact_area where contact_id in ${inBatch(id)})::double as areas,
      (select count(*) from contact where batch_id = ${id} and incident_id is not null)::double as links,
      (select count(*) from police_crime where batch_id = ${id})::double as crimes,
      (select count(*) from batch_reject where batch_id = ${id})::double as rejects`);
  await tx.run(sql`delete from contact_area where contact_id in ${inBatch(id)}`);
  await tx.run(sql`delete from contact_personal where contact_id in ${inBatch(id)}`);
  await tx.run(sql`delete from contact_source_area where contact_id in ${inBatch(id)}`);
  await tx.run(sql`update contact set incident_id = null where id in (select id from ${code(survivors)})`);
  await tx.run(sql`delete from contact where batch_id = ${id}`);
  await tx.run(sql`delete from police_crime where batch_id = ${id}`);
  await tx.run(sql`delete from batch_reject where batch_id = ${id}`);
  await tx.run(sql`delete from planted_truth where batch_id = ${id}`);
  await tx.run(sql`delete from batch where id = ${id}`);
  return c ?? { contacts: 0, personal: 0, areas: 0, links: 0, crimes: 0, rejects: 0 };
}
