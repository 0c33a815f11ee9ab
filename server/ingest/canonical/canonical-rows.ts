import { CATEGORIES, DEFAULT_ASB_TYPE } from '../../contract/taxonomy.ts';
import { join, sql, type Sql } from '../../db/sql.ts';
import { parsed } from './canonical-parsed.ts';
import { code } from './canonical-source.ts';

export const defaultAsbType = (category: Sql): Sql =>
  sql`case ${category} ${join(
    CATEGORIES.map((c) => sql`when ${c} then ${DEFAULT_ASB_TYPE[c]}`),
    ' ',
  )} end`;

/** A postcode in one spelling: upper case, no spaces (the key of postcode_centroid). */
export const postcodeKey = (x: Sql): Sql => sql`replace(upper(${x}), ' ', '')`;
/** LE21AA -> LE2 1AA; an outward code alone stays as it is. */
const postcodeText = (x: Sql): Sql =>
  sql`regexp_replace(${postcodeKey(x)}, '^(.+)([0-9][A-Z]{2})$', '\\1 \\2')`;

const c = (name: string): Sql => code(`canon.${name}`);

/**
 * The parsed canonical relation (with its `failed` flag) as typed contact rows, the shape every format
 * hands to the loader, with the personal fields. A projection only, so the rows keep the relation's
 * order: a row with only a postcode gets its centroid afterwards (postcode-points.ts).
 */
export function canonicalRows(rows: Sql): Sql {
  const moment = (f: 'from_at' | 'to_at' | 'resolved_at') => sql`canon.${parsed.moment(f)}`;
  const point = (p: 'lat' | 'lon' | 'easting' | 'northing') => sql`canon.${parsed.number(p)}`;
  return sql`select canon.agency as agency_code, canon.source_record_id, canon.channel,
      case when canon.p_received_at_form = 'time' then canon.p_received_at end as received_at,
      canon.p_received_on as received_on,
      canon.p_received_at_form as time_precision, ${moment('from_at')} as from_at, ${moment('to_at')} as to_at,
      canon.category, coalesce(canon.asb_type, ${defaultAsbType(c('category'))}) as asb_type,
      ${point('lat')} as lat, ${point('lon')} as lon, ${point('easting')} as easting, ${point('northing')} as northing,
      case when canon.postcode is not null then ${postcodeText(c('postcode'))} end as postcode,
      canon.location_ref, canon.caller_ref, coalesce(lower(canon.vulnerable) = 'true', false) as vulnerable,
      canon.status, canon.referral_partner, ${moment('resolved_at')} as resolved_at,
      canon.p_sla_target_hours as sla_target_hours,
      canon.name, canon.phone, canon.address, canon.description, canon.failed
    from (${rows}) canon`;
}
