import { useMutation, useQueryClient } from '@tanstack/react-query';
import { PersonalFields, type RevealRequest } from '../../../../../server/contract/records.ts';
import { api } from '../../../lib/api-client.ts';

export const revealRecord = ({ id, request }: { id: number; request: RevealRequest }) =>
  api.post(`/api/records/${id}/reveal`, request, PersonalFields);

/**
 * Asks the server for one record's personal fields with a reason (it checks and audits every call).
 * The fields live only in this mutation's result, never in the query cache, so they go with the dialog.
 */
export function useRevealRecord() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: revealRecord,
    // The record's history gains the reveal.
    onSuccess: (d) => client.invalidateQueries({ queryKey: ['records', 'detail', d.id] }),
  });
}
