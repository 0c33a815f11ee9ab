import { Link } from 'react-router';
import type { RecordRow } from '../../../../../server/contract/records.ts';
import { CATEGORY_LABEL } from '../../../../../server/contract/taxonomy.ts';
import { PersonalBadge } from './personal-badge.tsx';
import { recordWhen, words } from './record-format.ts';
import { RecordSortHeader, type RecordOrder } from './record-sort-header.tsx';

interface Props {
  rows: readonly RecordRow[];
  caption: string;
  /** The filters to carry to each record's page, so "back" returns to the same list. */
  search: string;
  /** Without an order the columns cannot be sorted (a record's linked reports). */
  order?: RecordOrder;
  onOrder?: (o: RecordOrder) => void;
}

/** Records, one a row; the number opens the record. Never a personal field: the list carries none. */
export function RecordTable({ rows, caption, search, order, onOrder }: Props) {
  const head = (label: string, by: RecordOrder['sort']) =>
    order && onOrder ? (
      <RecordSortHeader label={label} by={by} order={order} onOrder={onOrder} />
    ) : (
      <th scope="col">{label}</th>
    );
  return (
    <div className="table-scroll">
      <table className="table record-table" data-testid="record-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            {head('Record', 'id')}
            <th scope="col">Reference</th>
            {head('Received', 'received_on')}
            {head('Category', 'category')}
            {head('Agency', 'agency')}
            <th scope="col">Location</th>
            {head('Status', 'status')}
            <th scope="col">Personal details</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-record-id={r.id}>
              <th scope="row">
                <Link to={{ pathname: `/records/${r.id}`, search }}>{r.id}</Link>
              </th>
              <td className="record-table__ref">
                <code>{r.sourceRecordId ?? '—'}</code>
              </td>
              <td className="record-table__when">{recordWhen(r)}</td>
              <td>{CATEGORY_LABEL[r.category]}</td>
              <td>{r.agencyName}</td>
              <td>{r.locationText ?? <span className="muted">not given</span>}</td>
              <td>{r.status ? words(r.status) : <span className="muted">—</span>}</td>
              <td>
                <PersonalBadge state={r.personal} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
