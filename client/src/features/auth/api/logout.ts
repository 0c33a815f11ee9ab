import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client.ts';
import { ME_KEY } from './me.ts';

export const logout = () => api.post('/api/auth/logout');

export function useLogout() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    // Abort requests still in flight: once the session is gone they could only come back 401.
    onMutate: () => queryClient.cancelQueries(),
    // Signed out first, so the pages unmount rather than refetch what is removed next; then drop every
    // cached answer so the next user of this browser sees nothing of the last one's.
    onSettled: () => {
      queryClient.setQueryData(ME_KEY, null);
      queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== ME_KEY[0] });
    },
  });
}
