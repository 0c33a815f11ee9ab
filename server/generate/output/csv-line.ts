import { CANONICAL_COLUMNS } from '../../contract/canonical-contact.ts';
import { PRECISION, type ContactDraft } from '../records/contact-draft.ts';
import { AGENCIES, type GeneratedAgency } from '../world/agencies.ts';
import type { World } from '../world/world.ts';
import type { ByteWriter } from './byte-writer.ts';
import { COMMA, EMPTY, FIELD, LineParts, NEWLINE } from './line-parts.ts';

/** The header line of the canonical contact CSV (docs/canonical-contact-csv.md). */
export const CSV_HEADER = `${CANONICAL_COLUMNS.join(',')}\n`;

/**
 * Writes records as canonical CSV lines, fields in CANONICAL_COLUMNS order, the way the receiving
 * agency's extract would give them: its time form, its coordinates, its own ASB type or none.
 */
export class CsvLines {
  private readonly parts: LineParts;

  constructor(w: World) {
    this.parts = new LineParts(w);
  }

  write(out: ByteWriter, d: ContactDraft): void {
    const a = AGENCIES[d.agency] as GeneratedAgency;
    const { parts } = this;
    const form = a.timeForm;
    const timed = d.precision === PRECISION.time;
    parts.head(out, d);
    out.all(FIELD.channel[d.channel] as Buffer);
    if (timed) parts.time(out, d.receivedMs, form);
    else parts.day(out, d.receivedMs, d.precision === PRECISION.day ? 10 : 7);
    out.byte(COMMA);
    if (!Number.isNaN(d.fromMs)) parts.time(out, d.fromMs, form);
    out.byte(COMMA);
    if (!Number.isNaN(d.toMs)) parts.time(out, d.toMs, form);
    out.byte(COMMA);
    out.all(FIELD.category[d.category] as Buffer);
    out.all(a.givesAsbType ? (FIELD.asbType[d.asbType] as Buffer) : EMPTY);
    // lat,lon,easting,northing,postcode,location_ref: police and fire give WGS84, councils the grid, housing both.
    if (a.coordinates === 'bng') out.byte(COMMA);
    else parts.latLon(out, d);
    out.byte(COMMA);
    if (a.coordinates === 'latlon') out.byte(COMMA);
    else parts.grid(out, d);
    out.byte(COMMA);
    out.byte(COMMA);
    parts.ref(out, d);
    out.byte(COMMA);
    parts.callerAndStatus(out, d);
    if (!Number.isNaN(d.resolvedMs))
      if (timed) parts.time(out, d.resolvedMs, form);
      else parts.day(out, d.resolvedMs);
    out.byte(COMMA);
    out.uint(d.slaHours);
    out.byte(COMMA);
    parts.personal(out, d);
    out.byte(NEWLINE);
  }
}
