import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import { Action, type NewAction } from '../../../../../server/contract/tasking.ts';
import { api } from '../../../lib/api-client.ts';
import { invalidateTasking } from './tasking-keys.ts';

export const addAction = ({ problemId, action }: { problemId: number; action: z.input<typeof NewAction> }) =>
  api.post(`/api/problems/${problemId}/actions`, action, Action);

/** Tasks an agency with an action on the problem. */
export function useAddAction() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: addAction,
    onSuccess: (a) => invalidateTasking(client, a.problemId),
  });
}
