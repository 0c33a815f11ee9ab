import { useState } from 'react';
import type { AgencyAdminList } from '../../../../../server/contract/data.ts';
import { formatCount } from '../../../lib/format.ts';

interface Props {
  agencies: AgencyAdminList['agencies'];
  pending: boolean;
  onRename: (code: string, name: string) => void;
}

/** Every agency with its kind, contacts and users; a name can be changed in place. */
export function AgencyTable({ agencies, pending, onRename }: Props) {
  const [editing, setEditing] = useState<{ code: string; name: string } | null>(null);
  return (
    <div className="table-scroll">
      <table className="table" data-testid="agency-table">
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Name</th>
            <th scope="col">Kind</th>
            <th scope="col" className="num">
              Contacts
            </th>
            <th scope="col" className="num">
              Users
            </th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {agencies.map((a) => (
            <tr key={a.code} data-agency={a.code}>
              <td>
                <code>{a.code}</code>
              </td>
              <td>
                {editing?.code === a.code ? (
                  <input
                    className="input"
                    aria-label={`New name for ${a.code}`}
                    value={editing.name}
                    onChange={(e) => setEditing({ code: a.code, name: e.target.value })}
                  />
                ) : (
                  a.name
                )}
              </td>
              <td>{a.kind.replace('_', ' ')}</td>
              <td className="num">{formatCount(a.contacts)}</td>
              <td className="num">{formatCount(a.users)}</td>
              <td className="nowrap">
                {editing?.code === a.code ? (
                  <>
                    <button
                      type="button"
                      className="button button--primary button--small"
                      disabled={pending}
                      onClick={() => {
                        onRename(a.code, editing.name);
                        setEditing(null);
                      }}
                    >
                      Save
                    </button>{' '}
                    <button type="button" className="button button--link" onClick={() => setEditing(null)}>
                      Cancel
                    </button>
                  </>
                ) : (
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    aria-label={`Rename ${a.code}`}
                    onClick={() => setEditing({ code: a.code, name: a.name })}
                  >
                    Rename
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
