import { useState } from 'react';
import type { PersonalFields as Fields, RecordRow } from '../../../../../server/contract/records.ts';
import { CATEGORY_LABEL } from '../../../../../server/contract/taxonomy.ts';
import { useRevealRecord } from '../api/reveal-record.ts';
import { RevealDialog } from './reveal-dialog.tsx';

const FIELDS: readonly { key: keyof Omit<Fields, 'id'>; label: string }[] = [
  { key: 'name', label: 'Name' },
  { key: 'phone', label: 'Phone' },
  { key: 'address', label: 'Address' },
  { key: 'description', label: 'Description' },
];

/**
 * Name, phone, address and description: "Redacted" until revealed. The button shows only where the
 * server says this user may reveal (`available`); the server checks again and records the reason.
 */
export function PersonalFields({ record }: { record: RecordRow }) {
  const reveal = useRevealRecord();
  const [asking, setAsking] = useState(false);
  const shown = reveal.data?.id === record.id ? reveal.data : null;
  return (
    <div className="personal-fields">
      <dl className="record-facts" data-testid="personal-fields">
        {FIELDS.map((f) => (
          <div key={f.key} className="record-facts__pair">
            <dt>{f.label}</dt>
            <dd>
              {!shown ? (
                <span className="redacted">Redacted</span>
              ) : (
                (shown[f.key] ?? <span className="muted">not given</span>)
              )}
            </dd>
          </div>
        ))}
      </dl>
      {shown ? (
        <p className="muted" role="status">
          Revealed for you; the reveal and its reason are in the audit log.
        </p>
      ) : record.personal === 'available' ? (
        <button type="button" className="button button--primary" onClick={() => setAsking(true)}>
          Reveal personal details
        </button>
      ) : (
        <p className="personal-fields__why" data-testid="redaction-reason">
          Hidden: this is a {record.agencyName} record, and no information sharing agreement in force shares “
          {CATEGORY_LABEL[record.category]}” records from {record.agencyName} with your agency. An
          administrator records agreements on the Agreements page.
        </p>
      )}
      {asking && (
        <RevealDialog
          recordId={record.id}
          pending={reveal.isPending}
          error={reveal.error?.message ?? null}
          onCancel={() => {
            reveal.reset();
            setAsking(false);
          }}
          onReveal={(request) =>
            reveal.mutate({ id: record.id, request }, { onSuccess: () => setAsking(false) })
          }
        />
      )}
    </div>
  );
}
