import { z } from 'zod';

/**
 * Columns of the canonical contact CSV, in order (docs/canonical-contact-csv.md). The generator writes
 * it and ingest reads it; a header must list these names (order free, extra columns refused).
 */
export const CANONICAL_COLUMNS = [
  'agency',
  'source_record_id',
  'channel',
  'received_at',
  'from_at',
  'to_at',
  'category',
  'asb_type',
  'lat',
  'lon',
  'easting',
  'northing',
  'postcode',
  'location_ref',
  'caller_ref',
  'vulnerable',
  'status',
  'referral_partner',
  'resolved_at',
  'sla_target_hours',
  'name',
  'phone',
  'address',
  'description',
] as const;
export type CanonicalColumn = (typeof CANONICAL_COLUMNS)[number];

/** Columns a row must fill; a location needs lat+lon, easting+northing or a postcode. */
export const REQUIRED_COLUMNS: readonly CanonicalColumn[] = [
  'agency',
  'source_record_id',
  'received_at',
  'category',
];

/** Personal fields: stored apart (contact_personal) and shown only where role and agreement allow. */
export const PERSONAL_COLUMNS: readonly CanonicalColumn[] = ['name', 'phone', 'address', 'description'];

export const CONTACT_STATUSES = ['open', 'in_progress', 'referred', 'resolved', 'closed'] as const;
export const ContactStatus = z.enum(CONTACT_STATUSES);
export type ContactStatus = z.infer<typeof ContactStatus>;

/**
 * received_at forms and the precision each gives: `2024-03-05T21:40:00Z` or `2024-03-05 21:40` (time,
 * UTC unless an offset is given), `2024-03-05` (day), `2024-03` (month only, as data.police.uk publishes).
 */
export const RECEIVED_AT_FORMS = {
  time: /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
  month: /^\d{4}-\d{2}$/,
} as const;
