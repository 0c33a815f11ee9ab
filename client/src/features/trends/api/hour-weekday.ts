import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { HourWeekday } from '../../../../../server/contract/trends.ts';
import { api } from '../../../lib/api-client.ts';

type Params = Record<string, string>;

export const hourWeekdayQuery = (p: Params) =>
  queryOptions({
    queryKey: ['hourWeekday', p],
    queryFn: ({ signal }) => api.get('/api/trends/hour-weekday', HourWeekday, p, signal),
    placeholderData: keepPreviousData,
  });

/** `enabled` waits for the filters to be checked against the known codes. */
export const useHourWeekday = (p: Params, enabled = true) => useQuery({ ...hourWeekdayQuery(p), enabled });
