import type { RepeatSort } from '../../../../../server/contract/repeats.ts';

export interface SortState {
  sort: RepeatSort;
  dir: 'asc' | 'desc';
}

interface Props {
  label: string;
  by: RepeatSort;
  state: SortState;
  onSort: (s: SortState) => void;
  numeric?: boolean;
  title?: string;
}

/** A column header that sorts the list by its column; a second click reverses the order. */
export function SortHeader({ label, by, state, onSort, numeric, title }: Props) {
  const active = state.sort === by;
  const ariaSort = active ? (state.dir === 'desc' ? 'descending' : 'ascending') : 'none';
  const next: SortState = {
    sort: by,
    dir: active && state.dir === 'desc' ? 'asc' : by === 'ref' && !active ? 'asc' : 'desc',
  };
  return (
    <th scope="col" aria-sort={ariaSort} className={numeric ? 'num' : undefined} title={title}>
      <button type="button" className="sort-button" onClick={() => onSort(next)}>
        {label}
        <span aria-hidden="true" className="sort-button__mark">
          {active ? (state.dir === 'desc' ? ' ▼' : ' ▲') : ' ↕'}
        </span>
      </button>
    </th>
  );
}
