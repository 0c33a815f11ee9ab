import type { RecordSort } from '../../../../../server/contract/records.ts';

export interface RecordOrder {
  sort: RecordSort;
  dir: 'asc' | 'desc';
}

interface Props {
  label: string;
  by: RecordSort;
  order: RecordOrder;
  onOrder: (o: RecordOrder) => void;
}

/** A column header that orders the list by its column; a second click reverses the order. */
export function RecordSortHeader({ label, by, order, onOrder }: Props) {
  const active = order.sort === by;
  const ariaSort = active ? (order.dir === 'desc' ? 'descending' : 'ascending') : 'none';
  // Dates and numbers open newest or largest first; text opens A to Z.
  const firstDir = by === 'received_on' || by === 'id' ? 'desc' : 'asc';
  const next: RecordOrder = {
    sort: by,
    dir: active ? (order.dir === 'desc' ? 'asc' : 'desc') : firstDir,
  };
  return (
    <th scope="col" aria-sort={ariaSort}>
      <button type="button" className="record-sort" onClick={() => onOrder(next)}>
        {label}
        <span aria-hidden="true" className="record-sort__mark">
          {active ? (order.dir === 'desc' ? ' ▼' : ' ▲') : ' ↕'}
        </span>
      </button>
    </th>
  );
}
