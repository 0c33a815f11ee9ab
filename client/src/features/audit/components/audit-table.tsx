import type { AuditRow } from '../../../../../server/contract/audit.ts';
import { ACTION_LABELS } from '../audit-labels.ts';

interface Props {
  rows: readonly AuditRow[];
}

const when = (at: string) => at.replace('T', ' ').replace('Z', '');

/** Audit rows, newest first: when, who (agency and role), what, from where, records and reason. */
export function AuditTable({ rows }: Props) {
  return (
    <div className="table-scroll">
      <table className="table audit-table" data-testid="audit-table">
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">User</th>
            <th scope="col">Action</th>
            <th scope="col">Detail</th>
            <th scope="col">Records</th>
            <th scope="col">Reason or purpose</th>
            <th scope="col">From</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} data-action={r.action}>
              <td className="nowrap">{when(r.at)}</td>
              <td>
                {r.username ?? <span className="muted">anonymous</span>}
                {r.agency && (
                  <span className="muted audit-table__who">
                    {r.agency} · {r.role}
                  </span>
                )}
              </td>
              <td className="nowrap">
                <span className={`badge audit-badge audit-badge--${r.action}`}>
                  {ACTION_LABELS[r.action]}
                </span>
              </td>
              <td className="audit-table__detail">{r.detail}</td>
              <td className="audit-table__records">
                <RecordIds ids={r.recordIds} />
              </td>
              <td>{r.reason ?? '–'}</td>
              <td className="nowrap">{r.ip ?? <span className="muted">command line</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const SHOWN = 5;

/** A search names up to 500 records: the first few, the rest a click away. */
function RecordIds({ ids }: { ids: readonly number[] }) {
  if (ids.length === 0) return <>–</>;
  if (ids.length <= SHOWN) return <>{ids.join(', ')}</>;
  return (
    <details>
      <summary>
        {ids.slice(0, SHOWN).join(', ')} and {ids.length - SHOWN} more
      </summary>
      {ids.slice(SHOWN).join(', ')}
    </details>
  );
}
