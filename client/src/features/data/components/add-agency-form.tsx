import { useState, type FormEvent } from 'react';
import type { NewAgency } from '../../../../../server/contract/data.ts';
import { AGENCY_KINDS } from '../../../../../server/contract/taxonomy.ts';

interface Props {
  pending: boolean;
  error: { message: string; parameter?: string } | null;
  onAdd: (agency: NewAgency) => void;
}

/** Code, name and kind of a new agency; the server checks them and names the field at fault. */
export function AddAgencyForm({ pending, error, onAdd }: Props) {
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [kind, setKind] = useState<string>('other');
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onAdd({ code: code.trim(), name, kind });
  };
  return (
    <form className="agency-form" onSubmit={submit} aria-label="Add an agency">
      <label className="field">
        <span className="field__label">Code (e.g. north_fire)</span>
        <input
          className="input"
          value={code}
          onChange={(e) => setCode(e.target.value)}
          aria-invalid={error?.parameter === 'code'}
          required
        />
      </label>
      <label className="field">
        <span className="field__label">Name</span>
        <input
          className="input"
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={error?.parameter === 'name'}
          required
        />
      </label>
      <label className="field">
        <span className="field__label">Kind</span>
        <select className="input" value={kind} onChange={(e) => setKind(e.target.value)}>
          {AGENCY_KINDS.map((k) => (
            <option key={k} value={k}>
              {k.replace('_', ' ')}
            </option>
          ))}
        </select>
      </label>
      <button className="button button--primary" type="submit" disabled={pending}>
        {pending ? 'Adding…' : 'Add agency'}
      </button>
      {error && (
        <p className="form-error agency-form__error" role="alert">
          {error.message}
        </p>
      )}
    </form>
  );
}
