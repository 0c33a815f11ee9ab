import { useMutation, useQueryClient } from '@tanstack/react-query';
import { RemovedBatchDto } from '../../../../../server/contract/data.ts';
import { sendJson } from './send-json.ts';

export const removeBatch = (id: number) => sendJson('DELETE', `/api/data/batches/${id}`, RemovedBatchDto);

/** Removes a batch; every cached answer may have counted its contacts, so all are refetched. */
export function useRemoveBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: removeBatch,
    onSuccess: () => queryClient.invalidateQueries(),
  });
}
