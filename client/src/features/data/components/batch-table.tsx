import type { BatchDto } from '../../../../../server/contract/data.ts';
import { formatCount } from '../../../lib/format.ts';

interface Props {
  batches: readonly BatchDto[];
  /** Given to administrators: the batch to ask about removing. */
  onRemove?: (batch: BatchDto) => void;
}

const COUNTS: readonly [keyof BatchDto['counts'], string][] = [
  ['read', 'Read'],
  ['loaded', 'Loaded'],
  ['rejected', 'Rejected'],
  ['duplicates', 'Duplicates'],
  ['outOfArea', 'Out of area'],
  ['linked', 'Linked'],
];

/** Every load batch, newest first: file, format, agencies, counts, who and when. */
export function BatchTable({ batches, onRemove }: Props) {
  return (
    <div className="table-scroll">
      <table className="table" data-testid="batch-table">
        <thead>
          <tr>
            <th scope="col" className="num">
              Batch
            </th>
            <th scope="col">File</th>
            <th scope="col">Format</th>
            <th scope="col">Agencies</th>
            {COUNTS.map(([key, label]) => (
              <th key={key} scope="col" className="num">
                {label}
              </th>
            ))}
            <th scope="col">Loaded by</th>
            <th scope="col">Loaded at (UTC)</th>
            {onRemove && <th scope="col">Actions</th>}
          </tr>
        </thead>
        <tbody>
          {batches.map((b) => (
            <tr key={b.id} data-batch={b.id}>
              <td className="num">{b.id}</td>
              <td className="batch-table__file">{b.fileName ?? '–'}</td>
              <td>
                {b.format}
                {b.profile && <span className="muted"> · {b.profile}</span>}
                {b.onError === 'set-aside' && <span className="muted"> · set aside</span>}
              </td>
              <td>{b.agencies.join(', ') || '–'}</td>
              {COUNTS.map(([key]) => (
                <td key={key} className="num">
                  {formatCount(b.counts[key])}
                </td>
              ))}
              <td>{b.loadedBy ?? '–'}</td>
              <td className="nowrap">{b.loadedAt}</td>
              {onRemove && (
                <td>
                  <button
                    type="button"
                    className="button button--secondary button--small"
                    onClick={() => onRemove(b)}
                    aria-label={`Remove batch ${b.id}`}
                  >
                    Remove
                  </button>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
