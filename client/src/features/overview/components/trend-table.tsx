import type { Timeseries } from '../../../../../server/contract/dashboard.ts';
import { formatCount, formatMonth } from '../../../lib/format.ts';

/** The chart's figures as a table, for screen readers and for copying into a report. */
export function TrendTable({ points }: { points: Timeseries['points'] }) {
  return (
    <details className="trend-table">
      <summary>Show the figures as a table</summary>
      <table className="table">
        <caption className="visually-hidden">Contacts by month</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            <th scope="col" className="num">
              Contacts
            </th>
            <th scope="col" className="num">
              Same month last year
            </th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.month}>
              <th scope="row">{formatMonth(p.month)}</th>
              <td className="num">{formatCount(p.contacts)}</td>
              <td className="num">{p.lastYear === null ? 'no data' : formatCount(p.lastYear)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
