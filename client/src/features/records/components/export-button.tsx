import { useState } from 'react';
import type { ExportRequest } from '../../../../../server/contract/records.ts';
import { saveFile } from '../../../lib/download/save-file.ts';
import { useExportRecords } from '../api/export-records.ts';
import { ExportDialog } from './export-dialog.tsx';

interface Props {
  /** The list's filters, search and order, as the export takes them. */
  request: Omit<ExportRequest, 'purpose' | 'recipient'>;
  total: number;
  fileName: string;
}

/** "Export CSV": asks purpose and recipient, then downloads what the server sends. */
export function ExportButton({ request, total, fileName }: Props) {
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState<string | null>(null);
  const exporting = useExportRecords();
  const close = () => {
    exporting.reset();
    setOpen(false);
  };
  return (
    <>
      <button
        type="button"
        className="button button--secondary"
        disabled={total === 0}
        onClick={() => {
          setNote(null);
          setOpen(true);
        }}
      >
        Export CSV…
      </button>
      {note && (
        <span className="muted" role="status">
          {note}
        </span>
      )}
      {open && (
        <ExportDialog
          total={total}
          pending={exporting.isPending}
          error={exporting.error?.message ?? null}
          onCancel={close}
          onExport={(purpose, recipient) =>
            exporting.mutate(
              { ...request, purpose, recipient },
              {
                onSuccess: (r) => {
                  saveFile(r.csv, fileName);
                  setNote(r.truncated ? 'Exported, up to the row limit.' : 'Exported.');
                  close();
                },
              },
            )
          }
        />
      )}
    </>
  );
}
