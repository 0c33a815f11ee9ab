import type { AuditAction } from '../../contract/audit.ts';
import type { Executor } from '../../db/database.ts';
import { writeAudit } from '../../queries/audit-write.ts';
import type { SessionUser } from '../auth/session-user.ts';

/** Who acted and from where: the signed-in user (if any) and the client address the server saw. */
export interface AuditWho {
  user?: SessionUser | null;
  ip?: string | null;
}

/** Extra facts of an audited action: the records it touched and the reason or purpose given. */
export interface AuditExtra {
  recordIds?: readonly number[];
  reason?: string | null;
}

/** Appends one audit row for an action by a user (or anonymous, or the command line when who is empty). */
export function recordAudit(
  db: Executor,
  who: AuditWho,
  action: AuditAction,
  detail: string,
  extra: AuditExtra = {},
): Promise<void> {
  const u = who.user;
  return writeAudit(db, {
    action,
    user: u ? { id: u.id, username: u.username, agency: u.agencyCode, role: u.role } : null,
    ip: who.ip ?? null,
    detail,
    recordIds: extra.recordIds,
    reason: extra.reason,
  });
}
