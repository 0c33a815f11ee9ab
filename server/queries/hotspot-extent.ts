import type { Executor } from '../db/database.ts';
import { sql } from '../db/sql.ts';

export interface BngExtent {
  minE: number;
  minN: number;
  maxE: number;
  maxN: number;
}

/** The BNG extent of every located contact, whatever the filters, so the grid stays put as they change. */
export async function contactExtent(db: Executor): Promise<BngExtent | null> {
  const rows = await db.all<{ [k: string]: unknown } & Partial<BngExtent>>(sql`select
      min(easting) as "minE", min(northing) as "minN", max(easting) as "maxE", max(northing) as "maxN"
    from contact where easting is not null and northing is not null`);
  const r = rows[0];
  return r && typeof r.minE === 'number' ? (r as BngExtent) : null;
}
