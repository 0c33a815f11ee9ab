import type { AsbType, Category, Channel, TimePrecision } from '../contract/taxonomy.ts';

export type ContactStatus = 'open' | 'closed' | 'referred';

/** A canonical contact as the loader writes it; times are UTC epoch milliseconds. */
export interface ContactRecord {
  id: number;
  agencyCode: string;
  sourceRecordId: string;
  channel: Channel;
  receivedAtMs: number | null;
  /** The day received; the first of the month when only the month is known. */
  receivedOn: string;
  timePrecision: TimePrecision;
  fromAtMs: number | null;
  toAtMs: number | null;
  category: Category;
  asbType: AsbType;
  lat: number;
  lon: number;
  easting: number;
  northing: number;
  locationRef: string | null;
  callerRef: string | null;
  vulnerable: boolean;
  status: ContactStatus;
  referralPartner: string | null;
  resolvedAtMs: number | null;
  slaTargetHours: number | null;
  /** The area of each boundary layer the point falls in. */
  areas: readonly { layerId: string; code: string }[];
}
