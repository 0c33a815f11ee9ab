import { useId, useState } from 'react';
import { MAX_DRAWN_NAME } from '../../../../../../server/contract/drawn-areas.ts';

interface Props {
  saving: boolean;
  error: string | null;
  onSave: (a: { name: string; shared: boolean; filter: boolean }) => void;
  onDiscard: () => void;
}

/** Names the outline just drawn and saves it, filtering the dashboard to it or keeping it for later. */
export function NewAreaForm({ saving, error, onSave, onDiscard }: Props) {
  const [name, setName] = useState('');
  const [shared, setShared] = useState(false);
  const nameId = useId();
  return (
    <form
      className="drawn-areas__form"
      aria-label="New drawn area"
      onSubmit={(e) => {
        e.preventDefault();
        onSave({ name, shared, filter: true });
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={nameId}>
          Name (optional)
        </label>
        <input
          id={nameId}
          className="input"
          value={name}
          maxLength={MAX_DRAWN_NAME}
          placeholder="e.g. Market Street beat"
          onChange={(e) => setName(e.target.value)}
        />
      </div>
      <label className="check">
        <input type="checkbox" checked={shared} onChange={(e) => setShared(e.target.checked)} />
        <span>Let other users see and apply it</span>
      </label>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="drawn-areas__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? 'Saving…' : 'Filter the dashboard to this area'}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={saving}
          onClick={() => onSave({ name, shared, filter: false })}
        >
          Save for later
        </button>
        <button type="button" className="button button--link" disabled={saving} onClick={onDiscard}>
          Discard
        </button>
      </div>
    </form>
  );
}
