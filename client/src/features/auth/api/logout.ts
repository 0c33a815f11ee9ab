import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { ME_KEY } from './me.ts';

export const logout = () => api.post('/api/auth/logout');

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Unmount the pages first (a mounted page refetches a query whose fetch was cancelled under it), let
    // React commit that, then abort whatever is still in flight: only then does the session go, so no
    // request can come back 401 while the sign-out is on its way.
    onMutate: async () => {
      queryClient.setQueryData(ME_KEY, null);
      await new Promise((resolve) => setTimeout(resolve, 0));
      await queryClient.cancelQueries();
    },
    // A failed sign-out leaves the session alive: ask the server who is signed in again.
    onError: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
    // Drop every cached answer so the next user of this browser sees nothing of the last one's.
    onSettled: () => queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] }),
  });
}
