import type { Agreement } from '../../../../../server/contract/sharing.ts';
import { CATEGORY_LABEL } from '../../../../../server/contract/taxonomy.ts';
import { formatDate } from '../../../lib/format.ts';

interface Props {
  agreements: readonly Agreement[];
  agencyName: (code: string) => string;
  today: string;
  canEdit: boolean;
  ending: number | null;
  onEnd: (a: Agreement) => void;
}

function state(a: Agreement, today: string): { label: string; cls: string } {
  if (a.inForce) return { label: 'In force', cls: 'agreement-state--in-force' };
  if (a.starts > today) return { label: `Starts ${formatDate(a.starts)}`, cls: 'agreement-state--future' };
  return { label: 'Ended', cls: 'agreement-state--ended' };
}

/** Every agreement, in force or not: what is shared, by whom, with whom, why and for how long. */
export function AgreementTable({ agreements, agencyName, today, canEdit, ending, onEnd }: Props) {
  return (
    <div className="table-scroll">
      <table className="table agreement-table" data-testid="agreement-table">
        <caption className="visually-hidden">Information sharing agreements</caption>
        <thead>
          <tr>
            <th scope="col">Shared by</th>
            <th scope="col">Shared with</th>
            <th scope="col">Categories</th>
            <th scope="col">Purpose</th>
            <th scope="col">Period</th>
            <th scope="col">State</th>
            <th scope="col">Recorded</th>
            {canEdit && <th scope="col">Change</th>}
          </tr>
        </thead>
        <tbody>
          {agreements.map((a) => {
            const s = state(a, today);
            return (
              <tr key={a.id} data-agreement-id={a.id}>
                <td>{agencyName(a.fromAgency)}</td>
                <td>{agencyName(a.toAgency)}</td>
                <td>
                  {a.categories.length === 0
                    ? 'Every category'
                    : a.categories.map((c) => CATEGORY_LABEL[c]).join(', ')}
                </td>
                <td>{a.purpose}</td>
                <td className="date">
                  {formatDate(a.starts)} to {a.ends ? formatDate(a.ends) : 'no end date'}
                </td>
                <td>
                  <span className={`agreement-state ${s.cls}`}>{s.label}</span>
                </td>
                <td className="muted">{a.updatedBy ? `changed by ${a.updatedBy}` : `by ${a.createdBy}`}</td>
                {canEdit && (
                  <td>
                    {a.inForce && (a.ends === null || a.ends > today) && (
                      <button
                        type="button"
                        className="button button--secondary"
                        disabled={ending === a.id}
                        title="Sets the end date to today: the agreement lapses at the end of today"
                        onClick={() => onEnd(a)}
                      >
                        {ending === a.id ? 'Ending…' : 'End today'}
                      </button>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
