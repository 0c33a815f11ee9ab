import { useEffect, useRef } from 'react';
import type { BatchDto } from '../../../../../server/contract/data.ts';
import { formatCount } from '../../../lib/format.ts';

interface Props {
  batch: BatchDto;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before a batch and everything it loaded is deleted; removal cannot be undone. */
export function RemoveBatchDialog({ batch, pending, error, onConfirm, onCancel }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby="remove-batch-title"
      onCancel={(e) => {
        e.preventDefault();
        if (!pending) onCancel();
      }}
    >
      <h2 id="remove-batch-title">Remove batch {batch.id}?</h2>
      <p>
        This deletes everything <strong>{batch.fileName ?? batch.format}</strong> loaded:{' '}
        {formatCount(batch.counts.loaded)} contacts with their personal fields and areas,
        {batch.counts.other > 0 ? ` ${formatCount(batch.counts.other)} police crimes,` : ''} its set-aside
        rows, and its links to other agencies’ reports (those are linked again without it). It cannot be undone;
        the file can be loaded again afterwards.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      <div className="confirm-dialog__actions">
        <button type="button" className="button button--secondary" onClick={onCancel} disabled={pending}>
          Cancel
        </button>
        <button type="button" className="button button--danger" onClick={onConfirm} disabled={pending}>
          {pending ? 'Removing…' : `Remove batch ${batch.id}`}
        </button>
      </div>
    </dialog>
  );
}
