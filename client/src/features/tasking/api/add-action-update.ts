import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Action } from '../../../../../server/contract/tasking.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateTasking } from './tasking-keys.ts';

export const addActionUpdate = ({ actionId, text }: { actionId: number; text: string }) =>
  api.post(`/api/actions/${actionId}/updates`, { text }, Action);

/** Adds a line to an action's log of updates. */
export function useAddActionUpdate() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: addActionUpdate,
    onSuccess: (a) => invalidateTasking(client, a.problemId),
  });
}
