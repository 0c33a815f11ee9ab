/** Indexes into TIME_PRECISIONS. */
export const PRECISION = { time: 0, day: 1, month: 2 } as const;

/** Indexes into CONTACT_STATUSES. */
export const STATUS = { open: 0, inProgress: 1, referred: 2, resolved: 3, closed: 4 } as const;

/**
 * One record as the generator draws it: numbers and indexes into the taxonomy, reused from record
 * to record so the hot loop allocates (almost) nothing. Writers turn it into CSV text or database rows.
 */
export class ContactDraft {
  /** 0-based position in the output. */
  serial = 0;
  agency = 0;
  /** The agency's own running number (its source_record_id is PREFIX-TAG-00000042). */
  sourceNumber = 0;
  channel = 0;
  precision = 0;
  /** Calendar day index. */
  day = 0;
  /** The time for timed records; the day's start, or the month's first day, otherwise. */
  receivedMs = 0;
  fromMs = Number.NaN;
  toMs = Number.NaN;
  category = 0;
  asbType = 0;
  place = 0;
  /** Set when the coordinates below are not the place's own (a second report a few metres away). */
  moved = false;
  easting = 0;
  northing = 0;
  lon = 0;
  lat = 0;
  /** The caller's pseudonymous reference as two 24-bit halves; -1 when there is no caller. */
  callerHigh = -1;
  callerLow = 0;
  /** The repeat caller's key, or -1. */
  callerKey = -1;
  vulnerable = false;
  status = 0;
  /** Agency index, or -1. */
  referral = -1;
  resolvedMs = Number.NaN;
  slaHours = 0;
  /** Personal fields as indexes into fake-value tables; -1 when not given. */
  firstName = -1;
  lastName = 0;
  phone = -1;
  houseNumber = -1;
  street = 0;
  description = -1;

  copyFrom(o: ContactDraft): void {
    Object.assign(this, o);
  }
}
