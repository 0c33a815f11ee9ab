import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  REVEAL_REASON_LABEL,
  REVEAL_REASONS,
  type RevealRequest,
} from '../../../../../server/contract/records.ts';

interface Props {
  recordId: number;
  pending: boolean;
  error: string | null;
  onReveal: (request: RevealRequest) => void;
  onCancel: () => void;
}

/** Asks why the personal details are needed; the reason is recorded with the reveal in the audit log. */
export function RevealDialog({ recordId, pending, error, onReveal, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [reason, setReason] = useState<RevealRequest['reason'] | ''>('');
  const [detail, setDetail] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (reason) onReveal({ reason, detail: detail.trim() });
  };
  return (
    <dialog
      ref={ref}
      className="record-dialog"
      aria-labelledby="reveal-title"
      onCancel={(e) => {
        e.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="reveal-title">Reveal the personal details of record {recordId}</h2>
        <p>
          Say why you need the name, phone, address and description. Your name, the time and the reason are
          recorded in the audit log.
        </p>
        <fieldset className="record-dialog__reasons">
          <legend className="field__label">Reason</legend>
          {REVEAL_REASONS.map((r) => (
            <label key={r} className="check">
              <input
                type="radio"
                name="reveal-reason"
                value={r}
                required
                checked={reason === r}
                onChange={() => setReason(r)}
              />
              {REVEAL_REASON_LABEL[r]}
            </label>
          ))}
        </fieldset>
        <label className="field">
          <span className="field__label">
            Details {reason === 'other' ? '(required)' : '(optional: case or problem number)'}
          </span>
          <textarea
            className="input"
            rows={2}
            maxLength={500}
            required={reason === 'other'}
            value={detail}
            onChange={(e) => setDetail(e.target.value)}
          />
        </label>
        {error && (
          <p className="form-error" role="alert">
            {error}
          </p>
        )}
        <div className="record-dialog__actions">
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={pending || !reason}>
            {pending ? 'Revealing…' : 'Reveal personal details'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
