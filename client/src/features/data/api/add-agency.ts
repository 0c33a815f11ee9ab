import { useMutation, useQueryClient } from '@tanstack/react-query';
import { NewAgency } from '../../../../../server/contract/data.ts';
import { api } from '../../../lib/api-client.ts';

export const addAgency = (agency: NewAgency) => api.post('/api/data/agencies', agency, NewAgency);

/** Adds an agency; the filter bar's and the forms' agency lists are refetched. */
export function useAddAgency() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addAgency, onSuccess: () => queryClient.invalidateQueries() });
}
