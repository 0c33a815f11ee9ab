import type { RecordDetail } from '../../../../../server/contract/records.ts';

/** The areas the record falls in, one per boundary layer. */
export function RecordAreas({ areas }: { areas: RecordDetail['areas'] }) {
  if (areas.length === 0) return <p className="muted">The record has no position, so no areas.</p>;
  return (
    <dl className="record-facts" data-testid="record-areas">
      {areas.map((a) => (
        <div key={a.layer} className="record-facts__pair">
          <dt>{a.layerName}</dt>
          <dd>
            {a.name} <code className="muted">{a.code}</code>
          </dd>
        </div>
      ))}
    </dl>
  );
}
