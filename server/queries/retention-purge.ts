import type { Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';

export interface PurgeCounts extends Record<string, unknown> {
  agency: string;
  /** First day kept: contacts received before it go. */
  cutoff: string;
  contacts: number;
  personal: number;
  areas: number;
  /** The agency's purged contacts that were linked to an incident. */
  links: number;
}

const code = (text: string): Sql => ({ text, params: [] });

const cutoffOf = (asOf: string): Sql => sql`date_trunc('month', ${asOf}::date) - to_months(r.months)`;

/** Contacts past their agency's retention on asOf: received before the first of the month its months back. */
const expiredRows = (asOf: string): Sql => sql`select c.id, c.agency_code, c.incident_id
  from contact c join agency_retention r on r.agency_code = c.agency_code
  where c.received_on < ${cutoffOf(asOf)}`;
const expired = (asOf: string): Sql => sql`(select id from (${expiredRows(asOf)}))`;

/** Per agency with a retention: its cutoff and how many contacts and derived rows are past it. */
export function countExpired(db: Executor, asOf: string): Promise<PurgeCounts[]> {
  const perAgency = (table: string) => sql`(select g.agency_code, count(*)::double as n
    from ${code(table)} t join gone g on g.id = t.contact_id group by g.agency_code)`;
  return db.all<PurgeCounts>(sql`with gone as (${expiredRows(asOf)})
    select r.agency_code as agency, strftime(${cutoffOf(asOf)}, '%Y-%m-%d') as cutoff,
      coalesce(g.contacts, 0)::double as contacts, coalesce(p.n, 0)::double as personal,
      coalesce(x.n, 0)::double as areas, coalesce(g.links, 0)::double as links
    from agency_retention r
      left join (select agency_code, count(*) as contacts, count(incident_id) as links from gone
        group by agency_code) g on g.agency_code = r.agency_code
      left join ${perAgency('contact_personal')} p on p.agency_code = r.agency_code
      left join ${perAgency('contact_area')} x on x.agency_code = r.agency_code
    order by r.agency_code`);
}

/** The batches holding expired contacts: their counts in the rollup change. */
export async function expiredBatchIds(db: Executor, asOf: string): Promise<number[]> {
  const rows = await db.all<{ id: number }>(
    sql`select distinct batch_id as id from contact where id in ${expired(asOf)} order by 1`,
  );
  return rows.map((r) => r.id);
}

/**
 * Deletes the expired contacts and their personal fields and area rows. Other contacts that shared an
 * incident with one are unlinked and listed in the temporary table `survivors` (id) for relinking.
 * The caller owns the transaction.
 */
export async function deleteExpired(tx: Executor, asOf: string, survivors: string): Promise<void> {
  const gone = expired(asOf);
  await tx.run(sql`create temp table ${code(survivors)} as select id from contact
    where id not in ${gone} and incident_id in (
      select incident_id from contact where id in ${gone} and incident_id is not null)`);
  await tx.run(sql`delete from contact_area where contact_id in ${gone}`);
  await tx.run(sql`delete from contact_personal where contact_id in ${gone}`);
  await tx.run(sql`delete from contact_source_area where contact_id in ${gone}`);
  await tx.run(sql`update contact set incident_id = null where id in (select id from ${code(survivors)})`);
  await tx.run(sql`delete from contact where id in ${gone}`);
}
