import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';

export interface PlaceRow {
  [k: string]: unknown;
  ref: string;
  contacts: number;
  months: number;
  top_category: string;
  lat: number | null;
  lon: number | null;
}

/**
 * The busiest places (contact.location_ref) under the filters and in the scope, most contacts first,
 * ties by ref. Only the reference and positions: never a field of contact_personal.
 */
export async function topPlaces(db: Executor, f: Filters, scope: Sql, limit: number): Promise<PlaceRow[]> {
  // Counted for every place, described (months, commonest category, position) only for those listed.
  return db.all<PlaceRow>(sql`with matched as (
      select c.location_ref, c.received_on, c.category, c.lat, c.lon
      from contact c where ${contactFilter(f)} and ${scope} and c.location_ref is not null
    ), top as (
      select location_ref as ref, count(*)::integer as contacts from matched
      group by location_ref order by contacts desc, ref limit ${limit}
    )
    select t.ref, t.contacts,
      count(distinct date_trunc('month', m.received_on))::integer as months,
      mode(m.category order by m.category) as top_category,
      avg(m.lat) as lat, avg(m.lon) as lon
    from top t join matched m on m.location_ref = t.ref
    group by t.ref, t.contacts
    order by t.contacts desc, t.ref`);
}

export interface PlaceHistogramRow {
  [k: string]: unknown;
  /** Contacts at a place, and how many places have that many. */
  contacts: number;
  places: number;
}

/** How many places have 1, 2, 3... contacts under the filters: enough for a concentration curve. */
export async function placeHistogram(db: Executor, f: Filters): Promise<PlaceHistogramRow[]> {
  return db.all<PlaceHistogramRow>(sql`select contacts, count(*)::integer as places from (
      select count(*)::integer as contacts from contact c
      where ${contactFilter(f)} and c.location_ref is not null group by c.location_ref
    ) group by contacts order by contacts`);
}

/** Contacts under the filters without a location reference. */
export async function contactsWithoutPlace(db: Executor, f: Filters): Promise<number> {
  const rows = await db.all<{ [k: string]: unknown; n: number }>(sql`select count(*)::integer as n
    from contact c where ${contactFilter(f)} and c.location_ref is null`);
  return rows[0]?.n ?? 0;
}
