import { DEFAULT_ASB_TYPE } from '../../contract/taxonomy.ts';
import type { Executor } from '../../db/database.ts';
import { sql, type Sql } from '../../db/sql.ts';
import type { LoadIds, Stored } from '../formats/format-plan.ts';
import { contactId, insertContacts } from '../load/insert-contacts.ts';
import { ASB_CRIME_TYPE } from './police-columns.ts';

/** A deterministic agency code (at most 40 characters) from Reported by: "Leicestershire Police" -> leicestershire_police. */
export const agencyCodeOf = (reportedBy: Sql): Sql =>
  sql`left(trim(regexp_replace(lower(${reportedBy}), '[^a-z0-9]+', '_', 'g'), '_'), 40)`;

const code = (text: string): Sql => ({ text, params: [] });
const isAsb = sql`crime_type = ${ASB_CRIME_TYPE}`;

/**
 * The ASB rows as typed contact rows. data.police.uk publishes the month only (time_precision month,
 * received_on the first) and no record id for ASB, so the id is built from the month, the map point and
 * the row's place among identical rows: loading the same month again, even from another file, finds
 * every row a duplicate. The location reference is the map point, for repeat-location analysis.
 */
function asbRows(good: Sql): Sql {
  const place = sql`concat_ws('|', longitude, latitude, location, lsoa_code)`;
  return sql`select k, ${agencyCodeOf(code('reported_by'))} as agency_code,
      'asb:' || month || ':' || left(md5(${place}), 16) || ':'
        || row_number() over (partition by month, ${place} order by k) as source_record_id,
      null::varchar as channel, null::timestamp as received_at, p_month as received_on,
      'month' as time_precision, null::timestamp as from_at, null::timestamp as to_at,
      'unclassified' as category, ${DEFAULT_ASB_TYPE.unclassified} as asb_type, p_lat as lat, p_lon as lon,
      null::double as easting, null::double as northing, null::varchar as postcode,
      latitude || ',' || longitude || ' ' || coalesce(location, '') as location_ref,
      null::varchar as caller_ref, false as vulnerable, null::varchar as status,
      null::varchar as referral_partner, null::timestamp as resolved_at, null::integer as sla_target_hours,
      false as failed
    from (${good}) where ${isAsb}`;
}

/**
 * Stores the good rows: the police forces named in the ASB rows as agencies (created when new), the
 * ASB rows as contacts, and every other row in police_crime, context for analysts never counted as ASB
 * (all kept: data.police.uk repeats some Crime IDs).
 */
export async function loadPolice(tx: Executor, good: Sql, ids: LoadIds): Promise<Stored> {
  await tx.run(sql`insert into agency (code, name, kind)
    select distinct ${agencyCodeOf(code('reported_by'))}, reported_by, 'police' from (${good}) where ${isAsb}
    on conflict do nothing`);
  const contacts = (await insertContacts(tx, asbRows(good), ids)).good;
  await tx.run(sql`insert into police_crime (batch_id, crime_id, month, reported_by, falls_within, lon, lat,
      location, lsoa_code, lsoa_name, crime_type, last_outcome, context)
    select ${ids.batchId}, crime_id, p_month, reported_by, falls_within, p_lon, p_lat, location, lsoa_code,
      lsoa_name, crime_type, last_outcome_category, context
    from (${good}) where not ${isAsb}`);
  const [n] = await tx.all<{ n: number }>(
    sql`select count(*)::double as n from police_crime where batch_id = ${ids.batchId}`,
  );
  return { contacts, other: n?.n ?? 0, failed: null };
}

/** Keeps data.police.uk's own LSOA code of each contact loaded (contact_source_area). */
export async function storePoliceAreas(tx: Executor, police: Sql, ids: LoadIds, kept: Sql): Promise<void> {
  await tx.run(sql`insert into contact_source_area (contact_id, kind, code)
    select ${contactId(ids)}, 'lsoa', lsoa_code from (${police})
    where ${isAsb} and lsoa_code is not null and ${kept}`);
}
