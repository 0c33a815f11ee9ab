import { useEffect, useRef, useState, type FormEvent } from 'react';
import { MAX_EXPORT_ROWS } from '../../../../../server/contract/records.ts';
import { formatCount } from '../../../lib/format.ts';

interface Props {
  total: number;
  pending: boolean;
  error: string | null;
  onExport: (purpose: string, recipient: string) => void;
  onCancel: () => void;
}

/** Asks what an export is for and who receives it (both recorded in the audit log) before downloading. */
export function ExportDialog({ total, pending, error, onExport, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const [purpose, setPurpose] = useState('');
  const [recipient, setRecipient] = useState('');
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onExport(purpose.trim(), recipient.trim());
  };
  return (
    <dialog
      ref={ref}
      className="record-dialog"
      aria-labelledby="export-title"
      onCancel={(e) => {
        e.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <form onSubmit={submit}>
        <h2 id="export-title">Export {formatCount(Math.min(total, MAX_EXPORT_ROWS))} records as CSV</h2>
        <p>
          The file holds the records of this list as you may see them: personal details stay redacted where no
          agreement covers them. The export, its purpose and its recipient are recorded in the audit log.
        </p>
        {total > MAX_EXPORT_ROWS && (
          <p className="record-dialog__warn">
            Only the first {formatCount(MAX_EXPORT_ROWS)} of {formatCount(total)} are exported; narrow the
            filters for the rest.
          </p>
        )}
        <label className="field">
          <span className="field__label">Purpose</span>
          <input
            className="input"
            required
            maxLength={500}
            value={purpose}
            placeholder="e.g. Problem-solving meeting on the High Street hotspot"
            onChange={(e) => setPurpose(e.target.value)}
          />
        </label>
        <label className="field">
          <span className="field__label">Recipient</span>
          <input
            className="input"
            required
            maxLength={200}
            value={recipient}
            placeholder="Person or team receiving the file"
            onChange={(e) => setRecipient(e.target.value)}
          />
        </label>
        {error && (
          <p className="form-error" role="alert">
            The export failed: {error}
          </p>
        )}
        <div className="record-dialog__actions">
          <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
            Cancel
          </button>
          <button type="submit" className="button button--primary" disabled={pending}>
            {pending ? 'Exporting…' : 'Export CSV'}
          </button>
        </div>
      </form>
    </dialog>
  );
}
