import { useState, type FormEvent } from 'react';
import { AUDIT_ACTIONS } from '../../../../../server/contract/audit.ts';
import { ACTION_LABELS } from '../audit-labels.ts';
import type { AuditView } from '../use-audit-view.ts';

type Filters = Omit<AuditView, 'page'>;

interface Props {
  view: Filters;
  onApply: (filters: Filters) => void;
}

const EMPTY: Filters = { logFrom: '', logTo: '', action: '', user: '', record: '' };

/** Dates (UTC days), action, username and record id; applied together so typing runs no query. */
export function AuditFilters({ view, onApply }: Props) {
  const [draft, setDraft] = useState<Filters>(view);
  const set = (key: keyof Filters) => (e: { target: { value: string } }) =>
    setDraft((d) => ({ ...d, [key]: e.target.value }));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onApply(draft);
  };
  return (
    <form className="audit-filters" onSubmit={submit} aria-label="Audit filters">
      <label className="field">
        <span className="field__label">From (UTC day)</span>
        <input className="input" type="date" name="logFrom" value={draft.logFrom} onChange={set('logFrom')} />
      </label>
      <label className="field">
        <span className="field__label">To (UTC day)</span>
        <input className="input" type="date" name="logTo" value={draft.logTo} onChange={set('logTo')} />
      </label>
      <label className="field">
        <span className="field__label">Action</span>
        <select className="input" name="action" value={draft.action} onChange={set('action')}>
          <option value="">Every action</option>
          {AUDIT_ACTIONS.map((a) => (
            <option key={a} value={a}>
              {ACTION_LABELS[a]}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field__label">Username</span>
        <input className="input" name="user" value={draft.user} onChange={set('user')} autoComplete="off" />
      </label>
      <label className="field">
        <span className="field__label">Record id</span>
        <input
          className="input"
          name="record"
          inputMode="numeric"
          value={draft.record}
          onChange={set('record')}
        />
      </label>
      <div className="audit-filters__buttons">
        <button type="submit" className="button button--primary">
          Show
        </button>
        <button
          type="button"
          className="button button--secondary"
          onClick={() => {
            setDraft(EMPTY);
            onApply(EMPTY);
          }}
        >
          Clear
        </button>
      </div>
    </form>
  );
}
