import { dateValue, timestampValue, type DuckDBAppender, type DuckDBConnection } from '@duckdb/node-api';
import type { ContactRecord } from './contact-record.ts';

const DAY_MS = 86_400_000;
// Keeps the event loop turning during a long load.
const YIELD_EVERY = 10_000;

/**
 * Appends records to contact and contact_area through DuckDB appenders on the caller's connection
 * (inside its transaction when one is open). Returns the number of records written.
 */
export async function appendContacts(
  connection: DuckDBConnection,
  batchId: number,
  records: Iterable<ContactRecord>,
): Promise<number> {
  const contacts = await connection.createAppender('contact');
  const areas = await connection.createAppender('contact_area');
  let n = 0;
  try {
    for (const r of records) {
      appendContact(contacts, batchId, r);
      for (const a of r.areas) {
        areas.appendBigInt(BigInt(r.id));
        areas.appendVarchar(a.layerId);
        areas.appendVarchar(a.code);
        areas.endRow();
      }
      if (++n % YIELD_EVERY === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    contacts.flushSync();
    areas.flushSync();
  } finally {
    contacts.closeSync();
    areas.closeSync();
  }
  return n;
}

// Column order of the contact table (migration 1).
function appendContact(a: DuckDBAppender, batchId: number, r: ContactRecord): void {
  a.appendBigInt(BigInt(r.id));
  a.appendInteger(batchId);
  a.appendVarchar(r.agencyCode);
  a.appendVarchar(r.sourceRecordId);
  a.appendVarchar(r.channel);
  timestamp(a, r.receivedAtMs);
  a.appendDate(dateValue(Date.parse(`${r.receivedOn}T00:00:00Z`) / DAY_MS));
  a.appendVarchar(r.timePrecision);
  timestamp(a, r.fromAtMs);
  timestamp(a, r.toAtMs);
  a.appendVarchar(r.category);
  a.appendVarchar(r.asbType);
  a.appendDouble(r.lat);
  a.appendDouble(r.lon);
  a.appendDouble(r.easting);
  a.appendDouble(r.northing);
  a.appendNull(); // postcode
  varchar(a, r.locationRef);
  varchar(a, r.callerRef);
  a.appendBoolean(r.vulnerable);
  a.appendVarchar(r.status);
  varchar(a, r.referralPartner);
  timestamp(a, r.resolvedAtMs);
  if (r.slaTargetHours === null) a.appendNull();
  else a.appendInteger(r.slaTargetHours);
  a.appendBoolean(false); // out_of_area
  a.appendNull(); // incident_id
  a.endRow();
}

const timestamp = (a: DuckDBAppender, ms: number | null) =>
  ms === null ? a.appendNull() : a.appendTimestamp(timestampValue(BigInt(ms) * 1000n));

const varchar = (a: DuckDBAppender, v: string | null) => (v === null ? a.appendNull() : a.appendVarchar(v));
