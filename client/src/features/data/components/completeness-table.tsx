import type { DataQuality } from '../../../../../server/contract/data.ts';
import { formatCount, formatShare } from '../../../lib/format.ts';

type Row = DataQuality['completeness'][number];

const COLUMNS: readonly [keyof Row, string][] = [
  ['outOfArea', 'Out of area'],
  ['monthOnly', 'Month only (no day or time)'],
  ['dayOnly', 'Day only (no time of day)'],
  ['noCoordinates', 'No coordinates'],
];

/** Per agency, how many contacts lack a place or a time: what the maps and hour charts leave out. */
export function CompletenessTable({ rows }: { rows: readonly Row[] }) {
  return (
    <div className="table-scroll">
      <table className="table" data-testid="completeness">
        <thead>
          <tr>
            <th scope="col">Agency</th>
            <th scope="col" className="num">
              Contacts
            </th>
            {COLUMNS.map(([key, label]) => (
              <th key={key} scope="col" className="num">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.code}>
              <th scope="row">{r.name}</th>
              <td className="num">{formatCount(r.contacts)}</td>
              {COLUMNS.map(([key]) => (
                <td key={key} className="num">
                  {formatShare(Number(r[key]) / Math.max(1, r.contacts))}{' '}
                  <span className="muted">({formatCount(Number(r[key]))})</span>
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
