import { PRECISION, type ContactDraft } from '../records/contact-draft.ts';
import type { World } from '../world/world.ts';
import type { ByteWriter } from './byte-writer.ts';
import { COMMA, FIELD, LineParts, NEWLINE } from './line-parts.ts';

/** The staging file's columns: the record's place in the output, the contact table's columns, the personal fields. */
export const STAGE_COLUMNS = {
  ...{ serial: 'bigint', agency_code: 'varchar', source_record_id: 'varchar', channel: 'varchar' },
  ...{ received_at: 'timestamp', received_on: 'date', time_precision: 'varchar' },
  ...{ from_at: 'timestamp', to_at: 'timestamp', category: 'varchar', asb_type: 'varchar' },
  ...{ lat: 'double', lon: 'double', easting: 'double', northing: 'double', location_ref: 'varchar' },
  ...{ caller_ref: 'varchar', vulnerable: 'boolean', status: 'varchar', referral_partner: 'varchar' },
  ...{ resolved_at: 'timestamp', sla_target_hours: 'integer' },
  ...{ name: 'varchar', phone: 'varchar', address: 'varchar', description: 'varchar' },
} as const;

/**
 * Writes records as lines of the database staging file (STAGE_COLUMNS): what ingest would store from
 * the canonical CSV, with both coordinate pairs, so DuckDB's own CSV reader can load them in bulk.
 */
export class StageLines {
  private readonly parts: LineParts;

  constructor(w: World) {
    this.parts = new LineParts(w);
  }

  write(out: ByteWriter, d: ContactDraft): void {
    const { parts } = this;
    out.uint(d.serial);
    out.byte(COMMA);
    parts.head(out, d);
    out.all(FIELD.channel[d.channel] as Buffer);
    if (d.precision === PRECISION.time) parts.time(out, d.receivedMs, 'plain');
    out.byte(COMMA);
    parts.day(out, d.receivedMs);
    out.byte(COMMA);
    out.all(FIELD.precision[d.precision] as Buffer);
    if (!Number.isNaN(d.fromMs)) parts.time(out, d.fromMs, 'plain');
    out.byte(COMMA);
    if (!Number.isNaN(d.toMs)) parts.time(out, d.toMs, 'plain');
    out.byte(COMMA);
    out.all(FIELD.category[d.category] as Buffer);
    out.all(FIELD.asbType[d.asbType] as Buffer);
    parts.latLon(out, d);
    out.byte(COMMA);
    parts.grid(out, d);
    out.byte(COMMA);
    parts.ref(out, d);
    out.byte(COMMA);
    parts.callerAndStatus(out, d);
    if (!Number.isNaN(d.resolvedMs)) parts.time(out, d.resolvedMs, 'plain');
    out.byte(COMMA);
    out.uint(d.slaHours);
    out.byte(COMMA);
    parts.personal(out, d);
    out.byte(NEWLINE);
  }
}
