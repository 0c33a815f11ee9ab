import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { invalidateBoard } from './add-board-target.ts';

export const removeBoardTarget = (id: number) => api.delete(`/api/board/targets/${id}`);

/** Removes a target (admins). */
export function useRemoveBoardTarget() {
  const client = useQueryClient();
  return useMutation({ mutationFn: removeBoardTarget, onSuccess: () => invalidateBoard(client) });
}
