import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { RepeatList, type RepeatRow } from '../../../../../server/contract/repeats.ts';
import { api } from '../../../lib/api-client.ts';

type Params = Record<string, string>;

export const repeatCallersQuery = (p: Params) =>
  queryOptions({
    queryKey: ['repeatCallers', p],
    queryFn: ({ signal }) => api.get('/api/repeats/callers', RepeatList, p, signal),
    placeholderData: keepPreviousData,
  });

/** `enabled` waits for the filters to be checked against the known codes. */
export const useRepeatCallers = (p: Params, enabled = true) =>
  useQuery({ ...repeatCallersQuery(p), enabled });

/** Every row of the list for a download, 200 at a time, in the order asked for. */
export async function allRepeatCallers(p: Params): Promise<RepeatRow[]> {
  const rows: RepeatRow[] = [];
  for (let offset = 0; ; offset += 200) {
    const page = await api.get('/api/repeats/callers', RepeatList, {
      ...p,
      limit: '200',
      offset: String(offset),
    });
    rows.push(...page.rows);
    if (offset + 200 >= page.page.total) return rows;
  }
}
