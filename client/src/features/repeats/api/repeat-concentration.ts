import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { RepeatConcentration } from '../../../../../server/contract/repeats.ts';
import { api } from '../../../lib/api-client.ts';

type Params = Record<string, string>;

export const repeatConcentrationQuery = (p: Params) =>
  queryOptions({
    queryKey: ['repeatConcentration', p],
    queryFn: ({ signal }) => api.get('/api/repeats/concentration', RepeatConcentration, p, signal),
    placeholderData: keepPreviousData,
  });

/** `enabled` waits for the filters to be checked against the known codes. */
export const useRepeatConcentration = (p: Params, enabled = true) =>
  useQuery({ ...repeatConcentrationQuery(p), enabled });
