import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Agreement, type AgreementPatch } from '../../../../../server/contract/sharing.ts';
import { api } from '../../../lib/api-client.ts';
import { AGREEMENTS_KEY } from './agreements.ts';

export const updateAgreement = ({ id, patch }: { id: number; patch: AgreementPatch }) =>
  api.patch(`/api/sharing/agreements/${id}`, patch, Agreement);

/** Changes an agreement (ending one sets `ends`); cached records are dropped as their access may change. */
export function useUpdateAgreement() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: updateAgreement,
    onSuccess: () =>
      Promise.all([
        client.invalidateQueries({ queryKey: AGREEMENTS_KEY }),
        client.invalidateQueries({ queryKey: ['records'] }),
      ]),
  });
}
