import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Agreement, type AgreementCreate } from '../../../../../server/contract/sharing.ts';
import { api } from '../../../lib/api-client.ts';
import { AGREEMENTS_KEY } from './agreements.ts';

export const createAgreement = (a: AgreementCreate) => api.post('/api/sharing/agreements', a, Agreement);

/** Records a new agreement; what each user may reveal changes with it, so cached records are dropped too. */
export function useCreateAgreement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: createAgreement,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: AGREEMENTS_KEY }),
        client.invalidateQueries({ queryKey: ['records'] }),
      ]),
  });
}
