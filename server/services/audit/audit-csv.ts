import type { AuditQuery } from '../../contract/audit.ts';
import type { Executor } from '../../db/database.ts';
import { AppError } from '../../errors.ts';
import { countAudit, listAudit } from '../../queries/audit-read.ts';
import { csvLine } from '../records/csv-cell.ts';
import { toAuditRow } from './list-audit.ts';

/** More rows than this and the export asks for narrower filters rather than building a huge file in memory. */
export const AUDIT_EXPORT_MAX = 200_000;

const HEAD = ['id', 'at_utc', 'username', 'agency', 'role', 'action', 'ip', 'detail', 'record_ids', 'reason'];

/** Every audit row the filters match, newest first, as CSV (one line per row). */
export async function auditCsv(db: Executor, q: AuditQuery): Promise<{ csv: string; rows: number }> {
  const total = await countAudit(db, q);
  if (total > AUDIT_EXPORT_MAX)
    throw new AppError(
      'export_too_large',
      400,
      `${total.toLocaleString('en-GB')} rows match; narrow the dates to export at most ${AUDIT_EXPORT_MAX.toLocaleString('en-GB')}.`,
    );
  const rows = (await listAudit(db, q, AUDIT_EXPORT_MAX, 0)).map(toAuditRow);
  const lines = rows.map((r) =>
    csvLine([
      r.id,
      r.at,
      r.username,
      r.agency,
      r.role,
      r.action,
      r.ip,
      r.detail,
      r.recordIds.join(' '),
      r.reason,
    ]),
  );
  return { csv: csvLine(HEAD) + lines.join(''), rows: rows.length };
}
