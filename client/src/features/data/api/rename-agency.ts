import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { sendJson } from './send-json.ts';

const Renamed = z.object({ old: z.string(), name: z.string() });

export const renameAgency = (p: { code: string; name: string }) =>
  sendJson('PATCH', `/api/data/agencies/${encodeURIComponent(p.code)}`, Renamed, { name: p.name });

/** Renames an agency; every answer naming it is refetched. */
export function useRenameAgency() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: renameAgency, onSuccess: () => queryClient.invalidateQueries() });
}
