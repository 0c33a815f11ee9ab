import { useState, type FormEvent } from 'react';
import type { NewProblem, SaraStage } from '../../../../../server/contract/tasking.ts';
import type { Category } from '../../../../../server/contract/taxonomy.ts';
import { dayAfter } from '../tasking-format.ts';
import { AgencySelect, DateField, StageSelect, TitleFields } from './choice-fields.tsx';

type Draft = Omit<NewProblem, 'place'>;

interface Props {
  agencies: readonly { code: string; name: string }[];
  categories: readonly { code: Category; label: string }[];
  initial: { categories: Category[]; ownerAgency: string };
  saving: boolean;
  error: string | null;
  /** Null while the place is not ready to send. */
  canSave: boolean;
  onSave: (draft: Draft) => void;
}

/** What the problem is, who owns it and when the JAG reviews it (four weeks ahead unless changed). */
export function NewProblemForm({ agencies, categories, initial, saving, error, canSave, onSave }: Props) {
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [picked, setPicked] = useState<Category[]>(initial.categories);
  const [owner, setOwner] = useState(initial.ownerAgency);
  const [review, setReview] = useState(() => dayAfter(28));
  const [stage, setStage] = useState<SaraStage>('scanning');
  const toggle = (c: Category, on: boolean) => setPicked(on ? [...picked, c] : picked.filter((x) => x !== c));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSave({ title, description, categories: picked, stage, ownerAgency: owner, reviewDate: review });
  };

  return (
    <form className="new-problem" onSubmit={submit} aria-label="New problem">
      <TitleFields
        title={title}
        description={description}
        onTitle={setTitle}
        onDescription={setDescription}
      />
      <fieldset className="new-problem__categories">
        <legend>Categories (none ticked: every category)</legend>
        {categories.map((c) => (
          <label key={c.code} className="check">
            <input
              type="checkbox"
              checked={picked.includes(c.code)}
              onChange={(e) => toggle(c.code, e.target.checked)}
            />
            {c.label}
          </label>
        ))}
      </fieldset>
      <div className="problem-edit__row">
        <AgencySelect
          label="Owner agency"
          value={owner}
          agencies={agencies}
          empty="Choose an agency"
          required
          onChange={setOwner}
        />
        <DateField label="Review date" value={review} onChange={setReview} />
        <StageSelect value={stage} onChange={setStage} />
      </div>
      {error && (
        <p className="form-error" role="alert">
          The problem could not be created: {error}
        </p>
      )}
      <button type="submit" className="button button--primary" disabled={saving || !canSave}>
        {saving ? 'Creating…' : 'Create the problem'}
      </button>
    </form>
  );
}
