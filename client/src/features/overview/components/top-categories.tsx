import type { Summary } from '../../../../../server/contract/dashboard.ts';
import { formatCount, formatShare } from '../../../lib/format.ts';

export function TopCategories({ rows }: { rows: Summary['topCategories'] }) {
  return (
    <table className="table top-categories">
      <caption className="visually-hidden">Contacts by category, largest first</caption>
      <thead>
        <tr>
          <th scope="col">Category</th>
          <th scope="col" className="num">
            Contacts
          </th>
          <th scope="col" className="num">
            Share
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.category}>
            <th scope="row">
              {r.label}
              <span className="bar" aria-hidden="true">
                <span className="bar__fill" style={{ width: `${Math.min(100, r.share * 100)}%` }} />
              </span>
            </th>
            <td className="num">{formatCount(r.contacts)}</td>
            <td className="num">{formatShare(r.share)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
