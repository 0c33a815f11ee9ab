import type { ProblemDetail } from '../../../../../server/contract/tasking.ts';
import { useOptions } from '../../../lib/api/options.ts';
import { formatDate } from '../../../lib/format.ts';
import { formatWhen, stageLabel } from '../tasking-format.ts';

const km2 = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });

/** What the problem is, where, who owns it and when it is next reviewed. */
export function ProblemFacts({ problem: p }: { problem: ProblemDetail['problem'] }) {
  const categories = useOptions().data?.categories ?? [];
  const label = (code: string) => categories.find((c) => c.code === code)?.label ?? code;
  return (
    <div className="problem-facts">
      <p className="problem-facts__description">
        {p.description || <span className="muted">No description.</span>}
      </p>
      <dl className="problem-facts__list">
        <dt>Place</dt>
        <dd>
          {p.placeLabel} ({km2.format(p.areaKm2)} km²)
        </dd>
        <dt>Categories</dt>
        <dd>{p.categories.length === 0 ? 'Every category' : p.categories.map(label).join(', ')}</dd>
        <dt>Stage</dt>
        <dd>{stageLabel(p.stage)}</dd>
        <dt>Status</dt>
        <dd>{p.status === 'open' ? 'Open' : 'Closed'}</dd>
        <dt>Owner</dt>
        <dd>{p.ownerAgency.name}</dd>
        <dt>Review</dt>
        <dd className={p.reviewDue ? 'review-due' : undefined}>
          {formatDate(p.reviewDate)}
          {p.reviewDue && <span className="tag tag--warn">Review due</span>}
        </dd>
        <dt>Opened</dt>
        <dd>
          {formatWhen(p.createdAt)} by {p.createdBy}
        </dd>
        <dt>Last changed</dt>
        <dd>
          {formatWhen(p.updatedAt)} by {p.updatedBy} (version {p.version})
        </dd>
      </dl>
    </div>
  );
}
