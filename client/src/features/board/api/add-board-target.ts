import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { NewTarget } from '../../../../../server/contract/board.ts';
import { api } from '../../../lib/api-client.ts';

const Created = z.object({ id: z.number().int() });

export const addBoardTarget = (t: z.input<typeof NewTarget>) => api.post('/api/board/targets', t, Created);

/** Adds a target (admins); every board figure that shows RAG is fetched again. */
export function useAddBoardTarget() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: addBoardTarget,
    onSuccess: () => invalidateBoard(client),
  });
}

export const invalidateBoard = (client: ReturnType<typeof useQueryClient>) =>
  Promise.all(
    ['boardAreas', 'boardService', 'boardTargets'].map((key) =>
      client.invalidateQueries({ queryKey: [key] }),
    ),
  );
