import { QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError, isUnauthenticated } from '../lib/api-client.ts';
import { ME_KEY } from '../features/auth/api/me.ts';

const isClientError = (e: unknown) => e instanceof ApiError && e.status >= 400 && e.status < 500;

/** A session that ends mid-use (idle timeout) sends the user back to sign in, keeping the page to return to. */
export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      onError: (error, query) => {
        if (isUnauthenticated(error) && query.queryKey[0] !== ME_KEY[0]) client.setQueryData(ME_KEY, null);
      },
    }),
    defaultOptions: {
      queries: {
        staleTime: 60_000,
        refetchOnWindowFocus: false,
        retry: (failures, error) => !isClientError(error) && failures < 2,
      },
    },
  });
  return client;
}
