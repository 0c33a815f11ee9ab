import type { Filters } from '../../contract/filters.ts';
import { inCell, type LatticeCell } from '../hotspot-cell.ts';
import type { RecordSort } from '../../contract/records.ts';
import { join, sql, type Sql } from '../../db/sql.ts';
import { contactFilter } from '../contact-filter.ts';
import { BASE_LAYER_L } from '../hidden-layers.ts';

/** A record row as the list, the detail's links and the export read it: never a personal field. */
export interface RecordDbRow {
  [k: string]: unknown;
  id: number;
  agency: string;
  agency_name: string;
  source_record_id: string | null;
  category: string;
  received_on: string;
  received_at: string | null;
  time_precision: string;
  location_ref: string | null;
  lat: number | null;
  lon: number | null;
  status: string | null;
  incident_id: number | null;
}

/** Over `contact c left join agency a`. Ids are bigint in the table; doubles hold them exactly in JS. */
export const RECORD_COLUMNS = sql`c.id::double as id, c.agency_code as agency,
  coalesce(a.name, c.agency_code) as agency_name, c.source_record_id, c.category,
  c.received_on::varchar as received_on,
  case when c.time_precision = 'time' then strftime(c.received_at, '%Y-%m-%dT%H:%M:%SZ') end as received_at,
  c.time_precision, c.location_ref, c.lat, c.lon, c.status, c.incident_id::double as incident_id`;

export const RECORD_FROM = sql`contact c left join agency a on a.code = c.agency_code`;

/**
 * Which records: the filter bar, plus text that is part of the location, a source reference or an id,
 * and a hotspot cell (the same lattice square the hotspot counts use).
 */
export interface RecordSelection {
  filters: Filters;
  q: string | null;
  cell?: LatticeCell | null;
  sort: RecordSort;
  dir: 'asc' | 'desc';
}

export function recordWhere(s: RecordSelection): Sql {
  const parts = [contactFilter(s.filters)];
  if (s.q) {
    const q = s.q;
    parts.push(sql`(contains(lower(coalesce(c.location_ref, '')), lower(${q}))
      or c.source_record_id = ${q} or c.id = try_cast(${q} as bigint))`);
  }
  if (s.cell) parts.push(inCell(s.cell));
  return join(parts, ' and ');
}

// The area sort uses the first base layer (by id), the one a list shows first.
const FIRST_LAYER_AREA = sql`(select min(ca.area_code) from contact_area ca where ca.contact_id = c.id
  and ca.layer_id = (select min(l.id) from boundary_layer l where ${BASE_LAYER_L}))`;

const SORT_KEY: Record<RecordSort, Sql> = {
  received_on: sql`coalesce(c.received_at, c.received_on::timestamp)`,
  category: sql`c.category`,
  agency: sql`c.agency_code`,
  area: FIRST_LAYER_AREA,
  status: sql`c.status`,
  location: sql`c.location_ref`,
  id: sql`c.id`,
};
const DIRECTION = { asc: sql`asc nulls last`, desc: sql`desc nulls last` } as const;

/** The chosen order, ties broken by id the same way so paging is stable. */
export const recordOrder = (s: RecordSelection): Sql =>
  sql`${SORT_KEY[s.sort]} ${DIRECTION[s.dir]}, c.id ${DIRECTION[s.dir]}`;
