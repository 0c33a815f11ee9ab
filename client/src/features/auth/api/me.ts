import { queryOptions, useQuery } from '@tanstack/react-query';
import { Me } from '../../../../../server/contract/auth.ts';
import { api, isUnauthenticated } from '../../../lib/api-client.ts';

export const ME_KEY = ['me'] as const;

/** The signed-in user, or null when there is no session (a 401 is an answer here, not an error). */
export const meQuery = () =>
  queryOptions({
    queryKey: ME_KEY,
    queryFn: async ({ signal }): Promise<Me | null> => {
      try {
        return await api.get('/api/auth/me', Me, undefined, signal);
      } catch (e) {
        if (isUnauthenticated(e)) return null;
        throw e;
      }
    },
    staleTime: 5 * 60_000,
    retry: false,
  });

export const useMe = () => useQuery(meQuery());
