import { useCallback, useEffect, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { RECORD_SORTS, type RecordSort } from '../../../../server/contract/records.ts';
import { latestParams, withChoice } from '../../lib/latest-params.ts';

export interface RecordView {
  q: string;
  /** A hotspot cell id from the map's "Show the records behind this", or ''. */
  cell: string;
  sort: RecordSort;
  dir: 'asc' | 'desc';
  page: number;
}

const CELL_ID = /^\d{2,4}(\.\d+)?_-?\d{1,7}_-?\d{1,7}$/;
const DEFAULTS: RecordView = { q: '', cell: '', sort: 'received_on', dir: 'desc', page: 1 };

/** The page's own choices (search, order, page), kept in the address bar beside the filters. */
export function useRecordView(filterKey: string) {
  const [params, setParams] = useSearchParams();
  const view = useMemo<RecordView>(() => {
    const sort = params.get('sort') as RecordSort;
    const page = Number(params.get('page'));
    return {
      q: (params.get('q') ?? '').slice(0, 200),
      cell: CELL_ID.test(params.get('cell') ?? '') ? (params.get('cell') as string) : '',
      sort: RECORD_SORTS.includes(sort) ? sort : DEFAULTS.sort,
      dir: params.get('dir') === 'asc' ? 'asc' : 'desc',
      page: Number.isInteger(page) && page >= 1 ? page : DEFAULTS.page,
    };
  }, [params]);

  // New filters make a new list: its first page, not page 7 of the old one.
  const lastFilters = useRef(filterKey);
  useEffect(() => {
    if (lastFilters.current === filterKey) return;
    lastFilters.current = filterKey;
    setParams(() => withChoice('page', '1', '1'), { replace: true });
  }, [filterKey, setParams]);

  const search = useCallback(
    (q: string) =>
      setParams(() => {
        const next = withChoice('q', q.trim(), '');
        next.delete('page');
        return next;
      }),
    [setParams],
  );
  const order = useCallback(
    (sort: RecordSort, dir: 'asc' | 'desc') =>
      setParams(() => {
        const next = latestParams();
        for (const [k, v, d] of [
          ['sort', sort, DEFAULTS.sort],
          ['dir', dir, DEFAULTS.dir],
        ] as const) {
          if (v === d) next.delete(k);
          else next.set(k, v);
        }
        next.delete('page');
        return next;
      }),
    [setParams],
  );
  const goTo = useCallback(
    (page: number) => setParams(() => withChoice('page', String(page), '1')),
    [setParams],
  );
  const clearCell = useCallback(
    () =>
      setParams(() => {
        const next = withChoice('cell', '', '');
        next.delete('page');
        return next;
      }),
    [setParams],
  );
  return { view, search, order, goTo, clearCell };
}

/** The view as API parameters (only what differs from the defaults). */
export function viewParams(v: RecordView): Record<string, string> {
  const p: Record<string, string> = {};
  if (v.q) p.q = v.q;
  if (v.cell) p.cell = v.cell;
  if (v.sort !== DEFAULTS.sort) p.sort = v.sort;
  if (v.dir !== DEFAULTS.dir) p.dir = v.dir;
  if (v.page !== DEFAULTS.page) p.page = String(v.page);
  return p;
}
