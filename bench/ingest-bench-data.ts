import type { Db } from '../server/db/database.ts';
import { sql } from '../server/db/sql.ts';

const code = (text: string) => ({ text, params: [] });

/**
 * Writes a canonical contact CSV of `rows` simple synthetic rows (docs/canonical-contact-csv.md), with
 * DuckDB so that 10 million rows take seconds: four agencies, times through 2023-2024, points around
 * Leicester (a quarter as easting/northing), a personal field on one row in ten.
 */
export async function writeSyntheticCsv(db: Db, file: string, rows: number): Promise<void> {
  const target = code(`'${file.replace(/'/g, "''")}'`);
  await db.run(sql`copy (
    select ['police', 'city_council', 'housing', 'fire'][1 + i % 4] as agency,
      'B-' || i as source_record_id,
      ['phone_101', 'web', 'email', 'in_person'][1 + (i // 7) % 4] as channel,
      strftime(timestamp '2023-01-01' + to_seconds((hash(i) % 63072000)::bigint), '%Y-%m-%dT%H:%M:%SZ') as received_at,
      null as from_at, null as to_at,
      ['vandalism', 'noise', 'intimidation', 'abandoned_vehicles', 'fly_tipping', 'rowdy', 'drugs', 'street_lighting'][1 + (hash(i + 1) % 8)::integer] as category,
      null as asb_type,
      case when i % 4 <> 0 then round(52.55 + (hash(i + 2) % 100000) / 1e6 * 1.5, 6) end as lat,
      case when i % 4 <> 0 then round(-1.25 + (hash(i + 3) % 100000) / 1e6 * 2.5, 6) end as lon,
      case when i % 4 = 0 then 450000 + hash(i + 2) % 20000 end as easting,
      case when i % 4 = 0 then 295000 + hash(i + 3) % 20000 end as northing,
      null as postcode, 'LOC-' || (hash(i + 4) % 50000) as location_ref, 'C-' || (hash(i + 5) % 200000) as caller_ref,
      i % 13 = 0 as vulnerable, ['open', 'closed', 'resolved', 'referred'][1 + i % 4] as status,
      null as referral_partner, null as resolved_at, 72 as sla_target_hours,
      case when i % 10 = 0 then 'Caller ' || i end as name, null as phone, null as address,
      'Synthetic report number ' || i || ' for the ingest benchmark' as description
    from range(${rows}) r(i)) to ${target} (header, delimiter ',')`);
}
