import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DrawnArea, type NewDrawnArea } from '../../../../../../server/contract/drawn-areas.ts';
import { api } from '../../../../lib/api-client.ts';
import { DRAWN_AREAS_KEY } from './drawn-areas.ts';

export const createDrawnArea = (body: NewDrawnArea) => api.post('/api/drawn-areas', body, DrawnArea);

export function useCreateDrawnArea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createDrawnArea,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: DRAWN_AREAS_KEY }),
  });
}
