import { useState, type FormEvent } from 'react';
import type { Action } from '../../../../../server/contract/tasking.ts';
import { useAddActionUpdate } from '../api/add-action-update.ts';
import { formatWhen, kindLabel } from '../tasking-format.ts';

/** The action's log of updates, newest last, and (for writers) a box to add one. */
export function ActionUpdates({ action: a, canWrite }: { action: Action; canWrite: boolean }) {
  const add = useAddActionUpdate();
  const [text, setText] = useState('');
  const name = `${kindLabel(a.kind)} by ${a.assignee}`;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate({ actionId: a.id, text }, { onSuccess: () => setText('') });
  };
  return (
    <details className="action-updates" open={a.updates.length > 0}>
      <summary>
        Updates ({a.updates.length}) on {name}
      </summary>
      {a.updates.length > 0 && (
        <ol className="action-updates__list" aria-label={`Updates on ${name}`}>
          {a.updates.map((u) => (
            <li key={u.id}>
              <span className="muted">
                {formatWhen(u.at)}, {u.by}:
              </span>{' '}
              {u.text}
            </li>
          ))}
        </ol>
      )}
      {canWrite && (
        <form className="action-updates__form" onSubmit={submit} aria-label={`Add an update on ${name}`}>
          <label className="field">
            <span className="field__label">Update</span>
            <input
              className="input"
              required
              maxLength={2000}
              value={text}
              onChange={(e) => setText(e.target.value)}
            />
          </label>
          <button type="submit" className="button button--secondary" disabled={add.isPending}>
            Add update
          </button>
          {add.isError && (
            <p className="form-error" role="alert">
              The update could not be added: {add.error.message}
            </p>
          )}
        </form>
      )}
    </details>
  );
}
