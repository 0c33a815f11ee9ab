import type { AuditEntry } from '../../queries/audit-write.ts';
import type { SessionUser } from '../auth/session-user.ts';

/** Who calls a records or sharing use case, and from where (for the audit log). */
export interface Actor {
  user: SessionUser;
  ip: string | null;
}

export const auditUser = (u: SessionUser): NonNullable<AuditEntry['user']> => ({
  id: u.id,
  username: u.username,
  agency: u.agencyCode,
  role: u.role,
});

/** Today as an ISO day in UTC: agreements start and end on whole days. */
export const todayUtc = (now = new Date()): string => now.toISOString().slice(0, 10);
