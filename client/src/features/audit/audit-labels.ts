import type { AuditAction } from '../../../../server/contract/audit.ts';

/** Each audited action as an administrator reads it. */
export const ACTION_LABELS: Readonly<Record<AuditAction, string>> = {
  sign_in: 'Sign-in',
  sign_in_failed: 'Failed sign-in',
  sign_out: 'Sign-out',
  permission_denied: 'Permission denied',
  record_search: 'Record search',
  record_view: 'Record view',
  personal_reveal: 'Personal fields revealed',
  export: 'Export',
  upload: 'Upload',
  batch_remove: 'Batch removed',
  user_change: 'User change',
  agreement_change: 'Agreement change',
  retention_change: 'Retention change',
  purge: 'Purge',
};
