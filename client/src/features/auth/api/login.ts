import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Me, type LoginRequest } from '../../../../../server/contract/auth.ts';
import { api } from '../../../lib/api-client.ts';
import { ME_KEY } from './me.ts';

export const login = (body: LoginRequest) => api.post('/api/auth/login', body, Me);

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    onSuccess: (me) => queryClient.setQueryData(ME_KEY, me),
  });
}
