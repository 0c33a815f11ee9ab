import { useState, type FormEvent } from 'react';
import { ACTION_KINDS, type Action } from '../../../../../server/contract/tasking.ts';
import { useAddAction } from '../api/add-action.ts';
import { dayAfter, kindLabel } from '../tasking-format.ts';
import { AgencySelect, DateField } from './choice-fields.tsx';

interface Props {
  problemId: number;
  agencies: readonly { code: string; name: string }[];
}

/** Tasks an agency: who, what and by when (two weeks ahead unless changed). */
export function ActionForm({ problemId, agencies }: Props) {
  const add = useAddAction();
  const [agency, setAgency] = useState('');
  const [assignee, setAssignee] = useState('');
  const [kind, setKind] = useState<Action['kind']>('patrol');
  const [description, setDescription] = useState('');
  const [due, setDue] = useState(() => dayAfter(14));

  const submit = (e: FormEvent) => {
    e.preventDefault();
    add.mutate(
      { problemId, action: { agency, assignee, kind, description, dueDate: due } },
      {
        onSuccess: () => {
          setAssignee('');
          setDescription('');
          setDue(dayAfter(14));
        },
      },
    );
  };

  return (
    <form className="action-form" onSubmit={submit} aria-label="Add an action">
      <AgencySelect
        label="Agency"
        value={agency}
        agencies={agencies}
        empty="Choose an agency"
        required
        onChange={setAgency}
      />
      <label className="field">
        <span className="field__label">Officer or team</span>
        <input
          className="input"
          required
          maxLength={120}
          value={assignee}
          onChange={(e) => setAssignee(e.target.value)}
        />
      </label>
      <label className="field">
        <span className="field__label">What</span>
        <select className="input" value={kind} onChange={(e) => setKind(e.target.value as Action['kind'])}>
          {ACTION_KINDS.map((k) => (
            <option key={k} value={k}>
              {kindLabel(k)}
            </option>
          ))}
        </select>
      </label>
      <label className="field action-form__details">
        <span className="field__label">Details (optional)</span>
        <input
          className="input"
          maxLength={2000}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
      </label>
      <DateField label="Due" value={due} onChange={setDue} />
      <button type="submit" className="button button--primary" disabled={add.isPending}>
        {add.isPending ? 'Adding…' : 'Add action'}
      </button>
      {add.isError && (
        <p className="form-error" role="alert">
          The action could not be added: {add.error.message}
        </p>
      )}
    </form>
  );
}
