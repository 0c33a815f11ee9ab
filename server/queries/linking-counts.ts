import type { Filters } from '../contract/filters.ts';
import type { Executor } from '../db/database.ts';
import { sql, type Sql } from '../db/sql.ts';
import { contactFilter } from './contact-filter.ts';

/**
 * Counts incidents over `contact c`: reports of one incident to several agencies share an incident_id
 * (set at ingest), so each linked incident counts once and each unlinked report once.
 */
export const INCIDENT_COUNT: Sql = sql`count(distinct coalesce(c.incident_id, c.id))`;
/** Counts reports over `contact c`: every contact, linked or not. */
export const REPORT_COUNT: Sql = sql`count(*)`;

export interface ReportsAndIncidents {
  [k: string]: unknown;
  reports: number;
  incidents: number;
}

/** Reports and incidents among the contacts matching the filters (all contacts without). */
export async function countReportsAndIncidents(db: Executor, f?: Filters): Promise<ReportsAndIncidents> {
  const where = f ? contactFilter(f) : sql`true`;
  const rows = await db.all<ReportsAndIncidents>(sql`select ${REPORT_COUNT}::double as reports,
      ${INCIDENT_COUNT}::double as incidents from contact c where ${where}`);
  return rows[0] ?? { reports: 0, incidents: 0 };
}
