import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { SaraStage } from '../../../../server/contract/tasking.ts';
import type { ProblemListParams } from './api/problems.ts';
import type { ProblemFilterValues } from './components/problem-filters.tsx';

const STATUSES = ['open', 'closed', 'all'];

/** The Tasking page's own choices, kept in the address (`status`, `owner`, `stage`) so a link reproduces them. */
export function useProblemFilters() {
  const [sp, setSp] = useSearchParams();
  const status = sp.get('status') ?? '';
  const value: ProblemFilterValues = {
    status: STATUSES.includes(status) ? status : 'open',
    owner: sp.get('owner') ?? '',
    stage: SaraStage.safeParse(sp.get('stage')).data ?? '',
  };
  const change = useCallback(
    (patch: Partial<ProblemFilterValues>) =>
      setSp((prev) => {
        const next = new URLSearchParams(prev);
        for (const [k, v] of Object.entries(patch)) {
          if (v && !(k === 'status' && v === 'open')) next.set(k, v);
          else next.delete(k);
        }
        return next;
      }),
    [setSp],
  );
  const params: ProblemListParams = {
    status: value.status,
    agency: value.owner || undefined,
    stage: value.stage || undefined,
  };
  return { value, params, change };
}
