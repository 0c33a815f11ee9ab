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

/** Rows on one page of the audit view; the CSV export takes every filtered row. */
export const AUDIT_PAGE_SIZE = 100;
export const AUDIT_MAX_PAGE_SIZE = 500;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a UTC day YYYY-MM-DD');

/** The admin audit view's filters: UTC days (inclusive), one action, one username, one record id. */
export const AuditQuery = z
  .object({
    from: day.optional(),
    to: day.optional(),
    action: AuditAction.optional(),
    user: z.string().trim().min(1).max(64).optional(),
    record: z.coerce.number().int().positive().optional(),
    page: z.coerce.number().int().min(1).max(1_000_000).default(1),
    pageSize: z.coerce.number().int().min(1).max(AUDIT_MAX_PAGE_SIZE).default(AUDIT_PAGE_SIZE),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'from must not be after to', path: ['to'] });
export type AuditQuery = z.infer<typeof AuditQuery>;

/** One page of the audit log, newest first; total counts every row the filters match. */
export const AuditPage = z.object({
  rows: z.array(AuditRow),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AuditPage = z.infer<typeof AuditPage>;
