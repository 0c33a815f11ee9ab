import type { RecordRow } from '../../contract/records.ts';
import type { RecordDbRow } from '../../queries/records/record-columns.ts';
import { personalState, type RevealGrant } from './access-policy.ts';

/** A stored record as the list shows it, with whether this user may reveal its personal fields. */
export const toRecordRow = (r: RecordDbRow, grant: RevealGrant): RecordRow => ({
  id: r.id,
  agency: r.agency,
  agencyName: r.agency_name,
  sourceRecordId: r.source_record_id,
  category: r.category as RecordRow['category'],
  receivedOn: r.received_on,
  receivedAt: r.received_at,
  precision: r.time_precision as RecordRow['precision'],
  locationText: r.location_ref,
  lat: r.lat,
  lon: r.lon,
  status: r.status,
  incidentId: r.incident_id,
  personal: personalState(grant, { agency: r.agency, category: r.category }),
});
