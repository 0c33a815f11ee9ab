import { queryOptions, useQuery } from '@tanstack/react-query';
import { UploadJob } from '../../../../../server/contract/data.ts';
import { api } from '../../../lib/api-client.ts';

const finished = (job: UploadJob | undefined) => job?.phase === 'done' || job?.phase === 'failed';

/** One upload's progress, asked for twice a second until its report is in. */
export const uploadJobQuery = (id: string) =>
  queryOptions({
    queryKey: ['uploadJob', id],
    queryFn: ({ signal }) => api.get(`/api/data/uploads/${encodeURIComponent(id)}`, UploadJob, undefined, signal),
    refetchInterval: (q) => (finished(q.state.data) ? false : 500),
    staleTime: Infinity,
  });

export const useUploadJob = (id: string | null) =>
  useQuery({ ...uploadJobQuery(id ?? ''), enabled: id !== null });
