import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../../lib/api-client.ts';
import { DRAWN_AREAS_KEY } from './drawn-areas.ts';

export const deleteDrawnArea = (code: string) => api.delete(`/api/drawn-areas/${encodeURIComponent(code)}`);

export function useDeleteDrawnArea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteDrawnArea,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DRAWN_AREAS_KEY }),
  });
}
