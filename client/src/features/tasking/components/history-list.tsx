import type { Action, ChangeEntry } from '../../../../../server/contract/tasking.ts';
import { changeValue, formatWhen, kindLabel } from '../tasking-format.ts';

const CHANGE: Record<ChangeEntry['change'], string> = {
  created: 'created',
  updated: 'changed',
  update_added: 'added an update to',
  evaluated: 'evaluated',
};

const FIELD: Record<string, string> = {
  title: 'Title',
  description: 'Description',
  categories: 'Categories',
  stage: 'Stage',
  status: 'Status',
  ownerAgency: 'Owner agency',
  reviewDate: 'Review date',
  agency: 'Agency',
  assignee: 'Officer or team',
  kind: 'What',
  dueDate: 'Due',
  completedOn: 'Completed on',
  update: 'Update',
  verdict: 'Verdict',
};

interface Props {
  history: readonly ChangeEntry[];
  actions: readonly Action[];
}

/** Every kept change to the problem and its actions: who, when and what, from and to. */
export function HistoryList({ history, actions }: Props) {
  if (history.length === 0) return <p className="muted">No changes recorded.</p>;
  const what = (e: ChangeEntry) => {
    if (e.entity === 'problem') return 'the problem';
    const a = actions.find((x) => x.id === e.entityId);
    return a ? `action “${kindLabel(a.kind)} by ${a.assignee}”` : `action ${e.entityId}`;
  };
  return (
    <ol className="history-list" aria-label="History of changes">
      {[...history]
        .sort((a, b) => b.at.localeCompare(a.at))
        .map((e, i) => (
          <li key={`${e.at}-${e.entity}-${e.entityId}-${i}`} className="history-list__entry">
            <span className="history-list__when">{formatWhen(e.at)}</span> <strong>{e.by}</strong>{' '}
            {CHANGE[e.change]} {what(e)}
            {e.fields.length > 0 && (
              <ul className="history-list__fields">
                {e.fields.map((f) => (
                  <li key={f.field}>
                    {FIELD[f.field] ?? f.field}: {changeValue(f.field, f.from)} → {changeValue(f.field, f.to)}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
    </ol>
  );
}
