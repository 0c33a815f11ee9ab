import { z } from 'zod';
import { CANONICAL_COLUMNS, ContactStatus, type CanonicalColumn } from '../../contract/canonical-contact.ts';
import { AsbType, Category, Channel } from '../../contract/taxonomy.ts';

const Column = z.string().trim().min(1);
/** Source value -> our value; matched ignoring case and surrounding blanks. */
const valueMap = <T extends z.ZodType>(target: T) => z.record(z.string().trim().min(1), target);

// Location and agency are set apart: a profile names them in sections of their own.
const SET_APART = ['agency', 'lat', 'lon', 'easting', 'northing'] as const;
type SetApart = (typeof SET_APART)[number];
export type MappedField = Exclude<CanonicalColumn, SetApart>;
/** The canonical fields a profile may take from a source column. */
export const MAPPED_FIELDS = CANONICAL_COLUMNS.filter(
  (c): c is MappedField => !(SET_APART as readonly string[]).includes(c),
);
export const DATE_FIELDS = ['received_at', 'from_at', 'to_at', 'resolved_at'] as const;

const Columns = z
  .object(
    Object.fromEntries(MAPPED_FIELDS.map((f) => [f, Column.optional()])) as Record<
      MappedField,
      z.ZodOptional<typeof Column>
    >,
  )
  .strict()
  .refine((c) => c.source_record_id && c.received_at && c.category, {
    message: 'columns must name source_record_id, received_at and category',
  });

/** strptime format, e.g. %d/%m/%Y %H:%M; %H makes it a time, %d a day, else a month. */
const DateFormat = z.string().regex(/%[Yy]/, 'a strptime format with a year, e.g. %d/%m/%Y %H:%M');

/**
 * How one agency's export maps to canonical contacts: which column holds each field, how dates are
 * written, which coordinate system it uses, and how its own words map to ours. Anything unmapped is
 * reported, never guessed.
 */
export const MappingProfile = z
  .object({
    name: z.string().regex(/^[a-z0-9][a-z0-9_-]*$/, 'lower-case letters, digits, - and _'),
    description: z.string().optional(),
    agency: z.string().min(1),
    csv: z
      .object({
        delimiter: z.enum([',', ';', '\t', '|']).default(','),
        encoding: z.enum(['utf-8', 'latin-1']).default('utf-8'),
      })
      .strict()
      .default({ delimiter: ',', encoding: 'utf-8' }),
    columns: Columns,
    dates: z
      .object({
        format: DateFormat,
        formats: z
          .object(Object.fromEntries(DATE_FIELDS.map((f) => [f, DateFormat.optional()])))
          .strict()
          .optional(),
        timeZone: z.string().default('Europe/London'),
      })
      .strict(),
    coordinates: z.discriminatedUnion('system', [
      z.object({ system: z.literal('wgs84'), lat: Column, lon: Column }).strict(),
      z.object({ system: z.literal('bng'), easting: Column, northing: Column }).strict(),
      z.object({ system: z.literal('postcode'), postcode: Column }).strict(),
    ]),
    categories: valueMap(Category),
    channels: valueMap(Channel).optional(),
    statuses: valueMap(ContactStatus).optional(),
    asbTypes: valueMap(AsbType).optional(),
    vulnerable: valueMap(z.boolean()).optional(),
  })
  .strict();
export type MappingProfile = z.infer<typeof MappingProfile>;
