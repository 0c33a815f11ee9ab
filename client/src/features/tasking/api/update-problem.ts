import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ProblemDetail, type ProblemPatch } from '../../../../../server/contract/tasking.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateTasking, problemKey } from './tasking-keys.ts';

export const updateProblem = ({ id, patch }: { id: number; patch: ProblemPatch }) =>
  api.patch(`/api/problems/${id}`, patch, ProblemDetail);

/** Changes a problem made on `patch.version`; a stale version answers 409 edit_conflict (nothing saved). */
export function useUpdateProblem() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateProblem,
    onSuccess: (d) => {
      client.setQueryData(problemKey(d.problem.id), d);
      return invalidateTasking(client, d.problem.id);
    },
  });
}
