import { useState } from 'react';
import type { SortState } from './components/sort-header.tsx';

export const PAGE_SIZE = 25;

/** Sort and page of one list; a new sort goes back to the first page. */
export function useTableState() {
  const [sort, setSort] = useState<SortState>({ sort: 'priority', dir: 'desc' });
  const [offset, setOffset] = useState(0);
  const params: Record<string, string> = { limit: String(PAGE_SIZE) };
  if (sort.sort !== 'priority') params.sort = sort.sort;
  if (sort.dir !== 'desc') params.dir = sort.dir;
  if (offset > 0) params.offset = String(offset);
  return {
    sort,
    offset,
    params,
    onSort: (s: SortState) => {
      setSort(s);
      setOffset(0);
    },
    onPage: setOffset,
  };
}
