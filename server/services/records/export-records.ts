import { MAX_EXPORT_ROWS } from '../../contract/records.ts';
import type { Db } from '../../db/database.ts';
import { forbidden } from '../../errors.ts';
import { writeAudit } from '../../queries/audit-write.ts';
import type { RecordSelection } from '../../queries/records/record-columns.ts';
import { exportRows } from '../../queries/records/record-export.ts';
import { mayViewRecords, personalState } from './access-policy.ts';
import { csvLine } from './csv-cell.ts';
import { auditUser, todayUtc, type Actor } from './record-actor.ts';
import { grantFor, scopeOf } from './reveal-scope.ts';

export const EXPORT_HEADER = [
  'id',
  'agency',
  'source_record_id',
  'category',
  'received_on',
  'received_at',
  'precision',
  'location',
  'lat',
  'lon',
  'status',
  'incident_id',
  'redacted',
  'name',
  'phone',
  'address',
  'description',
] as const;

export interface RecordExport {
  csv: string;
  rows: number;
  /** True when more records matched than MAX_EXPORT_ROWS. */
  truncated: boolean;
}

/**
 * The records the user may see as CSV: personal fields only where the policy allows (else empty and
 * redacted=true), formula cells neutralised, at most MAX_EXPORT_ROWS; audited with purpose, recipient, ids.
 */
export async function exportRecords(
  db: Db,
  actor: Actor,
  selection: RecordSelection,
  why: { purpose: string; recipient: string },
): Promise<RecordExport> {
  if (!mayViewRecords(actor.user.role)) throw forbidden();
  const grant = await grantFor(db, actor.user, todayUtc());
  const found = await exportRows(db, selection, scopeOf(grant), MAX_EXPORT_ROWS + 1);
  const truncated = found.length > MAX_EXPORT_ROWS;
  const rows = found.slice(0, MAX_EXPORT_ROWS);
  const lines = [csvLine(EXPORT_HEADER)];
  for (const r of rows) {
    // The query joined personal fields only in scope; the policy is asked again for each row.
    const open =
      r.revealable && personalState(grant, { agency: r.agency, category: r.category }) === 'available';
    lines.push(
      csvLine([
        r.id,
        r.agency,
        r.source_record_id,
        r.category,
        r.received_on,
        r.received_at,
        r.time_precision,
        r.location_ref,
        r.lat,
        r.lon,
        r.status,
        r.incident_id,
        !open,
        open ? r.name : null,
        open ? r.phone : null,
        open ? r.address : null,
        open ? r.description : null,
      ]),
    );
  }
  await writeAudit(db, {
    action: 'export',
    user: auditUser(actor.user),
    ip: actor.ip,
    detail: `records CSV: ${rows.length} rows${truncated ? ` (capped at ${MAX_EXPORT_ROWS})` : ''}`,
    recordIds: rows.map((r) => r.id),
    reason: `purpose: ${why.purpose}; recipient: ${why.recipient}`,
  });
  return { csv: lines.join(''), rows: rows.length, truncated };
}
