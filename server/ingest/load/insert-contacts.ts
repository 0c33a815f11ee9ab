import type { Executor } from '../../db/database.ts';
import { sql, type Sql } from '../../db/sql.ts';
import type { LoadIds } from '../formats/format-plan.ts';

/** Columns of contact a loader fills from typed rows (id, batch_id, out_of_area and incident_id aside). */
const ROW_COLUMNS = [
  'agency_code',
  'source_record_id',
  'channel',
  'received_at',
  'received_on',
  'time_precision',
  'from_at',
  'to_at',
  'category',
  'asb_type',
  'lat',
  'lon',
  'easting',
  'northing',
  'postcode',
  'location_ref',
  'caller_ref',
  'vulnerable',
  'status',
  'referral_partner',
  'resolved_at',
  'sla_target_hours',
] as const;
const columnsOf = (alias = ''): Sql => ({ text: ROW_COLUMNS.map((c) => alias + c).join(', '), params: [] });
const CONTACT_ROW_COLUMNS = columnsOf();
// A row that failed a check still goes in, marked, so the pass counts every record; it leaves at once.
const VALUES: Sql = {
  text: `coalesce(agency_code, ''), source_record_id, channel, received_at,
  coalesce(received_on, date '1970-01-01'), coalesce(time_precision, ''), from_at, to_at,
  coalesce(category, ''), coalesce(asb_type, ''), lat, lon, easting, northing, postcode, location_ref,
  caller_ref, vulnerable, status, referral_partner, resolved_at, sla_target_hours`,
  params: [],
};

/** Contact id of record k. */
export const contactId = (ids: LoadIds): Sql => sql`(${ids.firstId - 1}::bigint + k)`;

/**
 * Inserts typed contact rows (k, the columns above and `failed`) set-based, SQL to SQL, no row through
 * JavaScript; assignAreas later fills the missing coordinate pair. Failed rows are counted and removed.
 */
export async function insertContacts(
  tx: Executor,
  typed: Sql,
  ids: LoadIds,
): Promise<{ good: number; bad: number }> {
  const b = ids.batchId;
  // Stored in date order: every dashboard query filters on the date, and DuckDB skips whole row groups
  // whose dates fall outside the period (about half the time of a year's scan on 1M contacts).
  await tx.run(sql`insert into contact (id, batch_id, ${CONTACT_ROW_COLUMNS})
    select ${contactId(ids)}, case when failed then ${-b} else ${b} end, ${VALUES} from (${typed})
    order by received_on`);
  const [n] = await tx.all<{ good: number; bad: number }>(sql`select
      count(*) filter (where batch_id = ${b})::double as good, count(*) filter (where batch_id = ${-b})::double as bad
    from contact where batch_id in (${b}, ${-b})`);
  if ((n?.bad ?? 0) > 0) await tx.run(sql`delete from contact where batch_id = ${-b}`);
  return { good: n?.good ?? 0, bad: n?.bad ?? 0 };
}

/**
 * Inserts a batch's finished contacts (rows with id and the columns above), in date order as above, with
 * their incident ids from `labels` (id, label) when any is linked.
 */
export async function insertTypedContacts(
  tx: Executor,
  batch: Sql,
  ids: LoadIds,
  labels: string | null,
): Promise<void> {
  const [incident, linked] = labels
    ? [sql`l.label`, sql`left join ${{ text: labels, params: [] }} l on l.id = b.id`]
    : [sql`null::bigint`, sql``];
  await tx.run(sql`insert into contact (id, batch_id, ${CONTACT_ROW_COLUMNS}, incident_id)
    select b.id, ${ids.batchId}, ${columnsOf('b.')}, ${incident} from (${batch}) b ${linked}
    order by b.received_on`);
}

/**
 * Stores the personal fields (k, name, phone, address, description) apart, for the records that became
 * contacts: all but those in the `skip` tables (bad rows by k, duplicates by id), which are small.
 */
export async function insertPersonal(tx: Executor, personal: Sql, ids: LoadIds, skip: Skip): Promise<void> {
  await tx.run(sql`insert into contact_personal (contact_id, name, phone, address, description)
    select ${contactId(ids)}, name, phone, address, description from (${personal}) where ${kept(skip, ids)}`);
}

/**
 * Temporary tables of records that did not become contacts: bad rows (column k), duplicates (column id);
 * null when there are none.
 */
export interface Skip {
  bad: string | null;
  duplicates: string | null;
}

/** The condition, over a relation with k, that the record became one of the batch's contacts. */
export function kept(skip: Skip, ids: LoadIds): Sql {
  const table = (name: string): Sql => ({ text: name, params: [] });
  const notBad = skip.bad ? sql`k not in (select k from ${table(skip.bad)})` : sql`true`;
  const notRepeated = skip.duplicates
    ? sql`${contactId(ids)} not in (select id from ${table(skip.duplicates)})`
    : sql`true`;
  return sql`${notBad} and ${notRepeated}`;
}
