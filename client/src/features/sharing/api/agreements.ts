import { queryOptions, useQuery } from '@tanstack/react-query';
import { AgreementList } from '../../../../../server/contract/sharing.ts';
import { api } from '../../../lib/api-client.ts';

export const AGREEMENTS_KEY = ['sharing', 'agreements'] as const;

export const agreementsQuery = () =>
  queryOptions({
    queryKey: AGREEMENTS_KEY,
    queryFn: ({ signal }) => api.get('/api/sharing/agreements', AgreementList, undefined, signal),
  });

export const useAgreements = () => useQuery(agreementsQuery());
