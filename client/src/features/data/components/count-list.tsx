import type { UploadReport } from '../../../../../server/contract/data.ts';
import { formatCount } from '../../../lib/format.ts';

const LABELS: readonly [keyof UploadReport['counts'], string][] = [
  ['read', 'Read'],
  ['loaded', 'Loaded'],
  ['rejected', 'Rejected'],
  ['duplicates', 'Duplicates'],
  ['outOfArea', 'Out of area'],
  ['notGeocoded', 'Not geocoded'],
  ['linked', 'Linked'],
  ['other', 'Other crimes'],
];

/** A file's or batch's counts as labelled figures. */
export function CountList({ counts }: { counts: UploadReport['counts'] }) {
  return (
    <dl className="count-list" data-testid="upload-counts">
      {LABELS.map(([key, label]) => (
        <div key={key} className="count-list__item" data-count={key}>
          <dt>{label}</dt>
          <dd>{formatCount(counts[key])}</dd>
        </div>
      ))}
    </dl>
  );
}
