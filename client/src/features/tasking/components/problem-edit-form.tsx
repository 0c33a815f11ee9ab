import { useState, type FormEvent } from 'react';
import {
  PROBLEM_STATUSES,
  type ProblemDetail,
  type ProblemPatch,
} from '../../../../../server/contract/tasking.ts';
import { ApiError } from '../../../lib/api-client.ts';
import { AgencySelect, DateField, StageSelect, TitleFields } from './choice-fields.tsx';

type Problem = ProblemDetail['problem'];

interface Props {
  problem: Problem;
  agencies: readonly { code: string; name: string }[];
  saving: boolean;
  error: Error | null;
  onSave: (patch: ProblemPatch) => void;
  onCancel: () => void;
  /** Fetches the latest version after an edit conflict; the form then starts again from it. */
  onReload: () => void;
}

/** Edits a problem on the version shown; a conflict keeps the user's text and says who changed it. */
export function ProblemEditForm({ problem: p, agencies, saving, error, ...on }: Props) {
  const [title, setTitle] = useState(p.title);
  const [description, setDescription] = useState(p.description);
  const [stage, setStage] = useState(p.stage);
  const [status, setStatus] = useState(p.status);
  const [owner, setOwner] = useState(p.ownerAgency.code);
  const [review, setReview] = useState(p.reviewDate);
  const conflict = error instanceof ApiError && error.code === 'edit_conflict';

  const submit = (e: FormEvent) => {
    e.preventDefault();
    const next = { title, description, stage, status, ownerAgency: owner, reviewDate: review };
    const was = { ...p, ownerAgency: p.ownerAgency.code };
    // Only what the user changed is sent, so the history records just that.
    const changed = Object.fromEntries(
      Object.entries(next).filter(([k, v]) => was[k as keyof typeof next] !== v),
    );
    if (Object.keys(changed).length === 0) on.onCancel();
    else on.onSave({ version: p.version, ...changed });
  };

  return (
    <form className="problem-edit" onSubmit={submit} aria-label="Edit the problem">
      <TitleFields
        title={title}
        description={description}
        onTitle={setTitle}
        onDescription={setDescription}
      />
      <div className="problem-edit__row">
        <StageSelect value={stage} onChange={setStage} />
        <label className="field">
          <span className="field__label">Status</span>
          <select
            className="input"
            value={status}
            onChange={(e) => setStatus(e.target.value as typeof status)}
          >
            {PROBLEM_STATUSES.map((s) => (
              <option key={s} value={s}>
                {s === 'open' ? 'Open' : 'Closed'}
              </option>
            ))}
          </select>
        </label>
        <AgencySelect label="Owner agency" value={owner} agencies={agencies} onChange={setOwner} />
        <DateField label="Review date" value={review} onChange={setReview} />
      </div>
      {conflict ? (
        <div className="form-error problem-edit__conflict" role="alert">
          <p>{error.message} Your changes were not saved and nothing of theirs was overwritten.</p>
          <button type="button" className="button button--secondary" onClick={on.onReload}>
            Reload the latest version (discards your changes here)
          </button>
        </div>
      ) : (
        error && (
          <p className="form-error" role="alert">
            The problem could not be saved: {error.message}
          </p>
        )
      )}
      <div className="problem-edit__buttons">
        <button type="submit" className="button button--primary" disabled={saving || conflict}>
          {saving ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="button button--secondary" onClick={on.onCancel}>
          Cancel
        </button>
        <span className="muted">Editing version {p.version}</span>
      </div>
    </form>
  );
}
