import { queryOptions, useQuery } from '@tanstack/react-query';
import { RecordDetail } from '../../../../../server/contract/records.ts';
import { api } from '../../../lib/api-client.ts';

export const recordDetailQuery = (id: number) =>
  queryOptions({
    queryKey: ['records', 'detail', id],
    queryFn: ({ signal }) => api.get(`/api/records/${id}`, RecordDetail, undefined, signal),
  });

export const useRecordDetail = (id: number) => useQuery(recordDetailQuery(id));
