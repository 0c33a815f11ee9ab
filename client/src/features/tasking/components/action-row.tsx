import { ACTION_STATUSES, type Action } from '../../../../../server/contract/tasking.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { formatDate } from '../../../lib/format.ts';
import { useUpdateAction } from '../api/update-action.ts';
import { actionStatusLabel, kindLabel } from '../tasking-format.ts';
import { ActionUpdates } from './action-updates.tsx';

const COLUMNS = 6;

interface Props {
  action: Action;
  canWrite: boolean;
  onReload: () => void;
}

/** One action: its facts, its status (changeable by writers), and below it its log of updates. */
export function ActionRow({ action: a, canWrite, onReload }: Props) {
  const update = useUpdateAction();
  const conflict = update.error instanceof ApiError && update.error.code === 'edit_conflict';
  return (
    <>
      <tr data-action={a.id} className={a.overdue ? 'action-row action-row--overdue' : 'action-row'}>
        <td>{a.agency.name}</td>
        <td>{a.assignee}</td>
        <td>
          <strong>{kindLabel(a.kind)}</strong>
          {a.description && <span className="action-row__description">{a.description}</span>}
        </td>
        <td>
          {formatDate(a.dueDate)}
          {a.overdue && <span className="tag tag--warn">Overdue</span>}
        </td>
        <td>
          {canWrite ? (
            <select
              className="input"
              aria-label={`Status of ${kindLabel(a.kind)} by ${a.assignee}`}
              value={a.status}
              disabled={update.isPending}
              onChange={(e) =>
                update.mutate({
                  id: a.id,
                  patch: { version: a.version, status: e.target.value as Action['status'] },
                })
              }
            >
              {ACTION_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {actionStatusLabel(s)}
                </option>
              ))}
            </select>
          ) : (
            actionStatusLabel(a.status)
          )}
        </td>
        <td>{a.completedOn ? formatDate(a.completedOn) : <span className="muted">–</span>}</td>
      </tr>
      <tr className="action-row__more">
        <td colSpan={COLUMNS}>
          {update.isError && (
            <div className="form-error" role="alert">
              <p>
                {conflict ? update.error.message : `The status could not be changed: ${update.error.message}`}
              </p>
              {conflict && (
                <button
                  type="button"
                  className="button button--secondary"
                  onClick={() => {
                    update.reset();
                    onReload();
                  }}
                >
                  Reload the latest version
                </button>
              )}
            </div>
          )}
          <ActionUpdates action={a} canWrite={canWrite} />
        </td>
      </tr>
    </>
  );
}
