import { Link } from 'react-router';
import type { ActionList } from '../../../../../server/contract/tasking.ts';
import { formatDate } from '../../../lib/format.ts';
import { actionStatusLabel, kindLabel } from '../tasking-format.ts';

type Row = ActionList['actions'][number];

/** Overdue actions grouped by the agency that owns them, earliest due first, so each can be chased. */
export function OverdueActions({ actions }: { actions: readonly Row[] }) {
  const byAgency = new Map<string, Row[]>();
  for (const a of [...actions].sort((x, y) => x.dueDate.localeCompare(y.dueDate))) {
    byAgency.set(a.agency.name, [...(byAgency.get(a.agency.name) ?? []), a]);
  }
  const agencies = [...byAgency.keys()].sort((x, y) => x.localeCompare(y, 'en-GB'));
  return (
    <div className="overdue-actions">
      {agencies.map((agency) => (
        <section key={agency} className="overdue-actions__agency" aria-label={`Overdue: ${agency}`}>
          <h3 className="overdue-actions__title">
            {agency} <span className="muted">({byAgency.get(agency)?.length})</span>
          </h3>
          <ul className="overdue-actions__list">
            {byAgency.get(agency)?.map((a) => (
              <li key={a.id}>
                <strong>{kindLabel(a.kind)}</strong> by {a.assignee}, due {formatDate(a.dueDate)} (
                {actionStatusLabel(a.status).toLowerCase()}) on{' '}
                <Link to={`/tasking/${a.problemId}`}>{a.problemTitle}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
