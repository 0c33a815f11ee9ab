import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Action, type ActionPatch } from '../../../../../server/contract/tasking.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateTasking } from './tasking-keys.ts';

export const updateAction = ({ id, patch }: { id: number; patch: ActionPatch }) =>
  api.patch(`/api/actions/${id}`, patch, Action);

/** Changes an action made on `patch.version` (status, due date...); stale versions answer 409. */
export function useUpdateAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateAction,
    onSuccess: (a) => invalidateTasking(client, a.problemId),
  });
}
