import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { RecordPage } from '../../../../../server/contract/records.ts';
import { api } from '../../../lib/api-client.ts';

type Params = Record<string, string>;

export const recordListQuery = (p: Params) =>
  queryOptions({
    queryKey: ['records', 'list', p],
    queryFn: ({ signal }) => api.get('/api/records', RecordPage, p, signal),
    placeholderData: keepPreviousData,
  });

/** `enabled` waits for the filters to be checked against the known codes. */
export const useRecordList = (p: Params, enabled = true) => useQuery({ ...recordListQuery(p), enabled });
