import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { ME_KEY } from './me.ts';

export const logout = () => api.post('/api/auth/logout');

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Abort requests still in flight and unmount the pages before the session goes, so no page starts
    // a request that could only come back 401 while the sign-out is on its way.
    onMutate: async () => {
      await queryClient.cancelQueries();
      queryClient.setQueryData(ME_KEY, null);
    },
    // A failed sign-out leaves the session alive: ask the server who is signed in again.
    onError: () => queryClient.invalidateQueries({ queryKey: ME_KEY }),
    // Drop every cached answer so the next user of this browser sees nothing of the last one's.
    onSettled: () => queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] }),
  });
}
