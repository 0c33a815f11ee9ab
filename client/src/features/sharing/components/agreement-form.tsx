import { useState, type FormEvent } from 'react';
import type { AgreementCreate } from '../../../../../server/contract/sharing.ts';
import { CATEGORIES, CATEGORY_LABEL, type Category } from '../../../../../server/contract/taxonomy.ts';

interface Props {
  agencies: readonly { code: string; name: string }[];
  today: string;
  pending: boolean;
  error: string | null;
  onAdd: (a: AgreementCreate, done: () => void) => void;
}

function AgencyChoice(p: {
  label: string;
  value: string;
  agencies: Props['agencies'];
  onChange: (v: string) => void;
}) {
  return (
    <label className="field">
      <span className="field__label">{p.label}</span>
      <select className="input" required value={p.value} onChange={(e) => p.onChange(e.target.value)}>
        <option value="">Choose an agency</option>
        {p.agencies.map((a) => (
          <option key={a.code} value={a.code}>
            {a.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Records a new agreement: who shares which categories with whom, why, and from when to when. */
export function AgreementForm({ agencies, today, pending, error, onAdd }: Props) {
  const [fromAgency, setFrom] = useState('');
  const [toAgency, setTo] = useState('');
  const [categories, setCategories] = useState<Category[]>([]);
  const [purpose, setPurpose] = useState('');
  const [starts, setStarts] = useState(today);
  const [ends, setEnds] = useState('');
  const toggle = (c: Category) =>
    setCategories((cs) => (cs.includes(c) ? cs.filter((x) => x !== c) : [...cs, c]));
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onAdd({ fromAgency, toAgency, categories, purpose: purpose.trim(), starts, ends: ends || null }, () => {
      setCategories([]);
      setPurpose('');
      setEnds('');
    });
  };
  return (
    <form className="agreement-form" onSubmit={submit} aria-label="Add an agreement">
      <AgencyChoice label="Shared by" value={fromAgency} agencies={agencies} onChange={setFrom} />
      <AgencyChoice label="Shared with" value={toAgency} agencies={agencies} onChange={setTo} />
      <fieldset className="agreement-form__categories">
        <legend className="field__label">Categories (none ticked: every category)</legend>
        {CATEGORIES.map((c) => (
          <label key={c} className="check">
            <input type="checkbox" checked={categories.includes(c)} onChange={() => toggle(c)} />
            {CATEGORY_LABEL[c]}
          </label>
        ))}
      </fieldset>
      <label className="field agreement-form__purpose">
        <span className="field__label">Purpose</span>
        <input
          className="input"
          required
          maxLength={500}
          value={purpose}
          placeholder="e.g. Joint problem solving on repeat ASB"
          onChange={(e) => setPurpose(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">Starts</span>
        <input
          className="input"
          type="date"
          required
          value={starts}
          onChange={(e) => setStarts(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">Ends (optional)</span>
        <input
          className="input"
          type="date"
          min={starts}
          value={ends}
          onChange={(e) => setEnds(e.target.value)}
        />
      </label>
      {fromAgency && fromAgency === toAgency && (
        <p className="form-error" role="alert">
          An agency does not share with itself: choose two different agencies.
        </p>
      )}
      {error && (
        <p className="form-error" role="alert">
          The agreement could not be added: {error}
        </p>
      )}
      <div className="agreement-form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={pending || (fromAgency !== '' && fromAgency === toAgency)}
        >
          {pending ? 'Adding…' : 'Add agreement'}
        </button>
      </div>
    </form>
  );
}
