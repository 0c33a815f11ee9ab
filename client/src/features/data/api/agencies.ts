import { queryOptions, useQuery } from '@tanstack/react-query';
import { AgencyAdminList } from '../../../../../server/contract/data.ts';
import { api } from '../../../lib/api-client.ts';

export const AGENCIES_KEY = ['dataAgencies'] as const;

export const agenciesQuery = () =>
  queryOptions({
    queryKey: AGENCIES_KEY,
    queryFn: ({ signal }) => api.get('/api/data/agencies', AgencyAdminList, undefined, signal),
  });

/** Every agency with its kind, contacts and users (administrators only). */
export const useAgencies = () => useQuery(agenciesQuery());
