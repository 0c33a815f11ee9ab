import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { AUDIT_ACTIONS } from '../../../../server/contract/audit.ts';

/** The audit page's filters as they sit in the address bar (log dates apart from the contact filters). */
export interface AuditView {
  logFrom: string;
  logTo: string;
  action: string;
  user: string;
  record: string;
  page: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const valid = (v: string | null, ok: (s: string) => boolean) => (v !== null && ok(v) ? v : '');

/** Reads the view from the URL (bad values dropped) and writes filter changes back, page 1 again. */
export function useAuditView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo<AuditView>(() => {
    const page = Number(params.get('page'));
    return {
      logFrom: valid(params.get('logFrom'), (s) => DAY.test(s)),
      logTo: valid(params.get('logTo'), (s) => DAY.test(s)),
      action: valid(params.get('action'), (s) => (AUDIT_ACTIONS as readonly string[]).includes(s)),
      user: valid(params.get('user'), (s) => s.trim() !== ''),
      record: valid(params.get('record'), (s) => /^[1-9]\d*$/.test(s)),
      page: Number.isInteger(page) && page > 1 ? page : 1,
    };
  }, [params]);
  const apply = useCallback(
    (next: Partial<AuditView>) =>
      setParams((prev) => {
        const p = new URLSearchParams(prev);
        for (const [k, v] of Object.entries({ page: 1, ...next })) {
          if (v === '' || v === 1) p.delete(k);
          else p.set(k, String(v));
        }
        return p;
      }),
    [setParams],
  );
  return { view, apply };
}

/** The view as /api/audit parameters. */
export const auditParams = (v: AuditView): Record<string, string> => {
  const p: Record<string, string> = {};
  if (v.logFrom) p.from = v.logFrom;
  if (v.logTo) p.to = v.logTo;
  if (v.action) p.action = v.action;
  if (v.user) p.user = v.user.trim();
  if (v.record) p.record = v.record;
  if (v.page > 1) p.page = String(v.page);
  return p;
};
