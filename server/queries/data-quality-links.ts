import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface LinkTotalsRow {
  [k: string]: unknown;
  linked_reports: number;
  incidents: number;
}

export interface LinkPairRow {
  [k: string]: unknown;
  a: string;
  b: string;
  incidents: number;
}

/** Reports linked to another agency's report of the same incident, and the incidents they make. */
export async function linkTotals(db: Executor): Promise<LinkTotalsRow> {
  const [row] = await db.all<LinkTotalsRow>(sql`select count(*)::double as linked_reports,
      count(distinct incident_id)::double as incidents from contact where incident_id is not null`);
  return row ?? { linked_reports: 0, incidents: 0 };
}

/** Linked incidents per pair of agencies that both reported them. */
export async function linkPairs(db: Executor): Promise<LinkPairRow[]> {
  return db.all<LinkPairRow>(sql`with inc as (
      select distinct incident_id, agency_code from contact where incident_id is not null)
    select x.agency_code as a, y.agency_code as b, count(*)::double as incidents
    from inc x join inc y on x.incident_id = y.incident_id and x.agency_code < y.agency_code
    group by all order by incidents desc, a, b`);
}
