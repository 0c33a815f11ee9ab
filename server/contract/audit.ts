import { z } from 'zod';

/** What the append-only audit log records (issue 9). Every row: who, when (UTC), what, from where. */
export const AUDIT_ACTIONS = [
  'sign_in',
  'sign_in_failed',
  'sign_out',
  'permission_denied',
  'record_search',
  'record_view',
  'personal_reveal',
  'export',
  'upload',
  'batch_remove',
  'user_change',
  'agreement_change',
  'retention_change',
  'purge',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

export const AuditRow = z.object({
  id: z.number().int(),
  at: z.string(),
  /** Username, or null for an anonymous attempt (a failed sign-in names the username tried in `detail`). */
  username: z.string().nullable(),
  agency: z.string().nullable(),
  role: z.string().nullable(),
  action: AuditAction,
  /** Client address as the server saw it (behind a proxy only with ICSB_TRUST_PROXY). */
  ip: z.string().nullable(),
  /** A short description, one line: control characters are escaped when written. */
  detail: z.string(),
  /** Record ids searched, viewed, revealed or exported. */
  recordIds: z.array(z.number()),
  /** Reason for a reveal, purpose and recipient of an export. */
  reason: z.string().nullable(),
});
export type AuditRow = z.infer<typeof AuditRow>;
