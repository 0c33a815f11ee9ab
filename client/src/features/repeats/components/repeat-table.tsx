import type { RepeatList, RepeatRow } from '../../../../../server/contract/repeats.ts';
import { formatCount, formatDate } from '../../../lib/format.ts';
import { SortHeader, type SortState } from './sort-header.tsx';

export interface RepeatTableProps {
  data: RepeatList;
  agencyName: (code: string) => string;
  categoryName: (code: string) => string;
  sort: SortState;
  onSort: (s: SortState) => void;
}

const change = (r: RepeatRow) => r.complaints - r.previous;

function ChangeCell({ row }: { row: RepeatRow }) {
  const d = change(row);
  if (d === 0) return <td className="num">0</td>;
  return (
    <td className={`num ${d > 0 ? 'change--up' : 'change--down'}`}>
      {d > 0 ? '▲ +' : '▼ −'}
      {formatCount(Math.abs(d))}
    </td>
  );
}

function ReviewCell({ row, threshold }: { row: RepeatRow; threshold: number }) {
  if (!row.triggered) return <td className="muted">Below {threshold}</td>;
  return (
    <td>
      <strong>Meets</strong>{' '}
      <span className="muted">
        ({threshold} by {formatDate(row.triggered.to)})
      </span>
    </td>
  );
}

/** Repeat callers or places: highlighted when they meet the case-review threshold, vulnerable marked. */
export function RepeatTable({ data, agencyName, categoryName, sort, onSort }: RepeatTableProps) {
  const other = data.kind === 'callers' ? 'Places' : 'Callers';
  const head = { state: sort, onSort };
  return (
    <div className="table-scroll">
      <table className="table repeat-table" data-testid={`repeat-table-${data.kind}`}>
        <caption className="visually-hidden">
          {data.kind === 'callers' ? 'Repeat callers' : 'Repeat locations'}, {data.window.label} to{' '}
          {formatDate(data.window.period.to)}
        </caption>
        <thead>
          <tr>
            <SortHeader {...head} label="Reference" by="ref" />
            <SortHeader {...head} label="Complaints" by="complaints" numeric title="In the window" />
            <SortHeader {...head} label="Window before" by="previous" numeric />
            <SortHeader {...head} label="Change" by="change" numeric />
            <th scope="col">First</th>
            <SortHeader {...head} label="Last" by="last" />
            <th scope="col">Agencies</th>
            <th scope="col">Categories</th>
            <th scope="col" className="num">
              {other}
            </th>
            <SortHeader {...head} label="Case review" by="priority" />
          </tr>
        </thead>
        <tbody>
          {data.rows.map((r) => (
            <tr
              key={r.ref}
              className={r.meetsThreshold ? 'repeat-row repeat-row--meets' : 'repeat-row'}
              data-meets={r.meetsThreshold}
              data-vulnerable={r.vulnerable}
            >
              <th scope="row">
                <code>{r.ref}</code>
                {r.vulnerable && (
                  <span className="badge badge--vulnerable" title="Recorded as vulnerable in the window">
                    Vulnerable
                  </span>
                )}
              </th>
              <td className="num repeat-count">{formatCount(r.complaints)}</td>
              <td className="num">{formatCount(r.previous)}</td>
              <ChangeCell row={r} />
              <td className="date">{formatDate(r.first)}</td>
              <td className="date">{formatDate(r.last)}</td>
              <td>{r.agencies.map(agencyName).join(', ')}</td>
              <td>{r.categories.map(categoryName).join(', ')}</td>
              <td className="num">{formatCount(r.others)}</td>
              <ReviewCell row={r} threshold={data.threshold} />
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
