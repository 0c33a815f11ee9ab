import type { Action } from '../../../../../server/contract/tasking.ts';
import { ActionRow } from './action-row.tsx';

interface Props {
  actions: readonly Action[];
  canWrite: boolean;
  onReload: () => void;
}

/** Every action on the problem, overdue ones marked, each with its updates. */
export function ActionsTable({ actions, canWrite, onReload }: Props) {
  if (actions.length === 0) return <p className="muted">No actions yet.</p>;
  return (
    <div className="table-scroll">
      <table className="table actions-table">
        <caption className="visually-hidden">Actions on this problem</caption>
        <thead>
          <tr>
            <th scope="col">Agency</th>
            <th scope="col">Officer or team</th>
            <th scope="col">What</th>
            <th scope="col">Due</th>
            <th scope="col">Status</th>
            <th scope="col">Completed</th>
          </tr>
        </thead>
        <tbody>
          {actions.map((a) => (
            <ActionRow key={a.id} action={a} canWrite={canWrite} onReload={onReload} />
          ))}
        </tbody>
      </table>
    </div>
  );
}
