import type { Executor } from '../../db/database.ts';
import { sql } from '../../db/sql.ts';
import { BASE_LAYER_ID } from '../hidden-layers.ts';
import { RECORD_COLUMNS, RECORD_FROM, type RecordDbRow } from './record-columns.ts';

export interface RecordDetailRow extends RecordDbRow {
  channel: string | null;
  asb_type: string;
  postcode: string | null;
  vulnerable: boolean;
  referral_partner: string | null;
  resolved_at: string | null;
  batch_id: number;
  batch_source: string | null;
  batch_file: string | null;
  batch_loaded_by: string | null;
  batch_loaded_at: string | null;
}

/** One record with the batch that loaded it; null when there is none with that id. */
export async function recordById(db: Executor, id: number): Promise<RecordDetailRow | null> {
  const rows = await db.all<RecordDetailRow>(sql`select ${RECORD_COLUMNS}, c.channel, c.asb_type, c.postcode,
      c.vulnerable, c.referral_partner, strftime(c.resolved_at, '%Y-%m-%dT%H:%M:%SZ') as resolved_at,
      c.batch_id, b.source as batch_source, b.file_name as batch_file, b.loaded_by as batch_loaded_by,
      strftime(b.loaded_at, '%Y-%m-%dT%H:%M:%SZ') as batch_loaded_at
    from ${RECORD_FROM} left join batch b on b.id = c.batch_id
    where c.id = ${id}`);
  return rows[0] ?? null;
}

export interface RecordAreaRow {
  [k: string]: unknown;
  layer: string;
  layer_name: string;
  code: string;
  name: string;
}

/** The record's area in each base layer (hidden layers, such as drawn areas, left out). */
export async function recordAreas(db: Executor, id: number): Promise<RecordAreaRow[]> {
  return db.all<RecordAreaRow>(sql`select ca.layer_id as layer, coalesce(l.name, ca.layer_id) as layer_name,
      ca.area_code as code, coalesce(ar.name, ca.area_code) as name
    from (select * from contact_area where contact_id = ${id} and ${BASE_LAYER_ID}) ca
    left join boundary_layer l on l.id = ca.layer_id
    left join area ar on ar.layer_id = ca.layer_id and ar.code = ca.area_code
    order by ca.layer_id, ca.area_code`);
}

/** The other reports of the same incident, oldest first. */
export async function linkedRecords(db: Executor, incidentId: number, id: number): Promise<RecordDbRow[]> {
  return db.all<RecordDbRow>(sql`select ${RECORD_COLUMNS} from ${RECORD_FROM}
    where c.incident_id = ${incidentId} and c.id <> ${id}
    order by coalesce(c.received_at, c.received_on::timestamp), c.id limit 200`);
}
