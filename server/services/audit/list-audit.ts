import { AuditAction, type AuditPage, type AuditQuery, type AuditRow } from '../../contract/audit.ts';
import type { Executor } from '../../db/database.ts';
import { countAudit, listAudit, type AuditDbRow } from '../../queries/audit-read.ts';

export const toAuditRow = (r: AuditDbRow): AuditRow => ({
  id: r.id,
  at: r.at,
  username: r.username,
  agency: r.agency,
  role: r.role,
  action: AuditAction.parse(r.action),
  ip: r.ip,
  detail: r.detail,
  recordIds: r.record_ids,
  reason: r.reason,
});

/** One page of the audit log, newest first, with the number of rows the filters match. */
export async function getAuditPage(db: Executor, q: AuditQuery): Promise<AuditPage> {
  const [total, rows] = await Promise.all([
    countAudit(db, q),
    listAudit(db, q, q.pageSize, (q.page - 1) * q.pageSize),
  ]);
  return { rows: rows.map(toAuditRow), total, page: q.page, pageSize: q.pageSize };
}
