import type { TrendSeries } from '../../../../../server/contract/trends.ts';
import { formatCount } from '../../../lib/format.ts';
import { nameOf } from '../interval-format.ts';

/** The series as a table, for screen readers and for copying into a report. */
export function SeriesTable({ data }: { data: TrendSeries }) {
  const lines = data.series.length > 0 ? data.series : [{ key: 'all', label: 'All', values: data.total }];
  return (
    <details className="trend-table">
      <summary>Show the figures as a table</summary>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">Counts per interval</caption>
          <thead>
            <tr>
              <th scope="col">
                {data.interval === 'month' ? 'Month' : data.interval === 'week' ? 'Week' : 'Day'}
              </th>
              {lines.map((l) => (
                <th key={l.key} scope="col" className="num">
                  {l.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.intervals.map((iv, i) => (
              <tr key={iv.start}>
                <th scope="row">
                  {nameOf(data.interval, iv.start)}
                  {iv.partial && ' (part)'}
                </th>
                {lines.map((l) => (
                  <td key={l.key} className="num">
                    {formatCount(l.values[i] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}
