import { queryOptions, useQuery } from '@tanstack/react-query';
import { UploadJobList } from '../../../../../server/contract/data.ts';
import { api } from '../../../lib/api-client.ts';

const running = (list: UploadJobList | undefined) =>
  list?.jobs.some((j) => j.phase !== 'done' && j.phase !== 'failed') ?? false;

/** Recent uploads by any administrator; asked again every 2 s while one is waiting or loading. */
export const uploadJobsQuery = () =>
  queryOptions({
    queryKey: ['uploadJobs'],
    queryFn: ({ signal }) => api.get('/api/data/uploads', UploadJobList, undefined, signal),
    refetchInterval: (q) => (running(q.state.data) ? 2000 : false),
  });

export const useUploadJobs = () => useQuery(uploadJobsQuery());
