import type { Seasonal } from '../../../../../server/contract/trends.ts';
import { formatCount } from '../../../lib/format.ts';

/** The seasonal figures as a table: months down, years across. */
export function SeasonalTable({ data }: { data: Seasonal }) {
  return (
    <details className="trend-table">
      <summary>Show the figures as a table</summary>
      <table className="table">
        <caption className="visually-hidden">Contacts per month, one column per year</caption>
        <thead>
          <tr>
            <th scope="col">Month</th>
            {data.years.map((y) => (
              <th key={y.label} scope="col" className="num">
                {y.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.months.map((m, i) => (
            <tr key={m}>
              <th scope="row">{m}</th>
              {data.years.map((y) => (
                <td key={y.label} className="num">
                  {y.values[i] == null ? 'no data' : formatCount(y.values[i])}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
