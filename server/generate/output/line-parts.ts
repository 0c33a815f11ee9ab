import { CONTACT_STATUSES } from '../../contract/canonical-contact.ts';
import { ASB_TYPES, CHANNELS, TIME_PRECISIONS } from '../../contract/taxonomy.ts';
import { DAY_MS, dayMs, isoDay } from '../dates.ts';
import type { ContactDraft } from '../records/contact-draft.ts';
import { DESCRIPTIONS, FIRST_NAMES, LAST_NAMES, PHONE_PREFIX, STREETS } from '../records/personal.ts';
import { AGENCIES } from '../world/agencies.ts';
import { GEN_CATEGORIES } from '../world/category-profiles.ts';
import type { World } from '../world/world.ts';
import type { ByteWriter } from './byte-writer.ts';

export const [COMMA, QUOTE, NEWLINE, SPACE, COLON] = [44, 34, 10, 32, 58];
const HEX = Array.from({ length: 16 }, (_, i) => i.toString(16).charCodeAt(0));
const MARGIN_DAYS = 40;

/** Each value followed by a comma, as bytes, so constant fields are copied rather than encoded each time. */
const withComma = (values: readonly string[]): Buffer[] => values.map((v) => Buffer.from(`${v},`, 'latin1'));

/** The coded fields, each value with its comma, by index. */
export const FIELD = {
  channel: withComma(CHANNELS),
  precision: withComma(TIME_PRECISIONS),
  category: withComma(GEN_CATEGORIES),
  asbType: withComma(ASB_TYPES),
  status: withComma(CONTACT_STATUSES),
  agency: withComma(AGENCIES.map((a) => a.code)),
};
export const [EMPTY, TRUE, FALSE] = withComma(['', 'true', 'false']) as [Buffer, Buffer, Buffer];

/**
 * The parts of a record's line that the CSV and the database staging file share, written as bytes:
 * days and times from a table of every day, each place's fields from a slot of fixed size (three
 * length bytes, then "lat,lon", "easting,northing" and the reference), so a place drawn at random
 * costs one or two cache lines, and the caller and personal fields.
 */
export class LineParts {
  private readonly firstMs: number;
  private readonly days: Buffer;
  private readonly places: Buffer;
  private readonly slot: number;
  /** Per agency, "code,PREFIX-TAG-": how each of its lines starts. */
  private readonly heads: Buffer[];

  constructor(private readonly w: World) {
    this.heads = AGENCIES.map((a) => Buffer.from(`${a.code},${a.idPrefix}-${w.idTag}-`, 'latin1'));
    this.firstMs = dayMs(w.options.from) - MARGIN_DAYS * DAY_MS;
    const count = Math.round((dayMs(w.options.to) - this.firstMs) / DAY_MS) + MARGIN_DAYS + 1;
    this.days = Buffer.alloc(count * 10);
    for (let d = 0; d < count; d++) this.days.write(isoDay(this.firstMs + d * DAY_MS), d * 10, 'latin1');
    const { pool } = w;
    const fields = (p: number) =>
      [pool.latLonText[p], pool.bngText[p], pool.ref[p]].map((f) => Buffer.from(f ?? ''));
    let longest = 0;
    for (let p = 0; p < pool.count; p++) longest = Math.max(longest, ...fields(p).map((f) => f.length));
    if (longest > 255) throw new Error('generator: a place reference is too long for the line writer');
    this.slot = Math.ceil((3 + 3 * longest) / 16) * 16;
    this.places = Buffer.alloc(pool.count * this.slot);
    for (let p = 0; p < pool.count; p++) {
      let at = p * this.slot + 3;
      fields(p).forEach((f, k) => {
        this.places[p * this.slot + k] = f.length;
        at += f.copy(this.places, at);
      });
    }
  }

  /** agency,source_record_id, (the agency's code, then its reference: PREFIX-TAG-00000042). */
  head(out: ByteWriter, d: ContactDraft): void {
    out.all(this.heads[d.agency] as Buffer);
    out.uint(d.sourceNumber, 8);
    out.byte(COMMA);
  }

  /** The first `length` characters of the day's YYYY-MM-DD (7: the month). */
  day(out: ByteWriter, ms: number, length = 10): void {
    const at = Math.floor((ms - this.firstMs) / DAY_MS) * 10;
    out.bytes(this.days, at, at + length);
  }

  /** 2024-03-05T21:40:17Z (iso), or 2024-03-05 21:40 (minutes), or 2024-03-05 21:40:17 (neither). */
  time(out: ByteWriter, ms: number, form: 'iso' | 'minute' | 'plain'): void {
    this.day(out, ms);
    out.byte(form === 'iso' ? 84 : SPACE);
    const s = Math.floor((ms - this.firstMs) / 1000) % (DAY_MS / 1000);
    out.two((s / 3600) | 0);
    out.byte(COLON);
    out.two(((s / 60) | 0) % 60);
    if (form === 'minute') return;
    out.byte(COLON);
    out.two(s % 60);
    if (form === 'iso') out.byte(90);
  }

  /** "lat,lon" of the record: its place's, or its own when moved. */
  latLon(out: ByteWriter, d: ContactDraft): void {
    if (!d.moved) return this.placeField(out, d.place, 0);
    out.fixed6(d.lat);
    out.byte(COMMA);
    out.fixed6(d.lon);
  }

  /** "easting,northing" of the record. */
  grid(out: ByteWriter, d: ContactDraft): void {
    if (!d.moved) return this.placeField(out, d.place, 1);
    out.int(d.easting);
    out.byte(COMMA);
    out.int(d.northing);
  }

  ref(out: ByteWriter, d: ContactDraft): void {
    this.placeField(out, d.place, 2);
  }

  private placeField(out: ByteWriter, place: number, k: number): void {
    const start = place * this.slot;
    let at = start + 3;
    for (let i = 0; i < k; i++) at += this.places[start + i] as number;
    out.bytes(this.places, at, at + (this.places[start + k] as number));
  }

  /** caller_ref,vulnerable,status,referral_partner, (the reference is C- and twelve hex digits). */
  callerAndStatus(out: ByteWriter, d: ContactDraft): void {
    if (d.callerHigh >= 0) {
      out.byte(67);
      out.byte(45);
      for (let k = 20; k >= 0; k -= 4) out.byte(HEX[(d.callerHigh >>> k) & 15] as number);
      for (let k = 20; k >= 0; k -= 4) out.byte(HEX[(d.callerLow >>> k) & 15] as number);
    }
    out.byte(COMMA);
    out.all(d.vulnerable ? TRUE : FALSE);
    out.all(FIELD.status[d.status] as Buffer);
    out.all(d.referral < 0 ? EMPTY : (FIELD.agency[d.referral] as Buffer));
  }

  /** name,phone,address,description; free text is always quoted (RFC 4180), so its commas are safe. */
  personal(out: ByteWriter, d: ContactDraft): void {
    if (d.firstName >= 0) {
      out.text(FIRST_NAMES[d.firstName] as string);
      out.byte(SPACE);
      out.text(LAST_NAMES[d.lastName] as string);
    }
    out.byte(COMMA);
    if (d.phone >= 0) {
      out.text(PHONE_PREFIX);
      out.uint(d.phone, 3);
    }
    out.byte(COMMA);
    if (d.houseNumber >= 0) {
      out.byte(QUOTE);
      out.uint(d.houseNumber);
      out.byte(SPACE);
      out.text(STREETS[d.street] as string);
      out.text(', ');
      quoted(out, this.w.site.areas[this.w.pool.area[d.place] as number]?.name ?? '');
      out.byte(QUOTE);
    }
    out.byte(COMMA);
    if (d.description >= 0) {
      out.byte(QUOTE);
      quoted(out, DESCRIPTIONS[d.description] as string);
      out.byte(QUOTE);
    }
  }
}

const quoted = (out: ByteWriter, s: string) => out.text(s.includes('"') ? s.replaceAll('"', '""') : s);
