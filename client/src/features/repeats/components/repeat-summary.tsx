import type { RepeatList } from '../../../../../server/contract/repeats.ts';
import { formatCount } from '../../../lib/format.ts';

/** How many meet the threshold (vulnerable among them), how many repeat, and what has no reference. */
export function RepeatSummary({ data }: { data: RepeatList }) {
  const { counts, threshold } = data;
  const noun = data.kind === 'callers' ? 'callers' : 'places';
  return (
    <ul className="repeat-summary" data-testid={`repeat-summary-${data.kind}`}>
      <li className="repeat-summary__meets">
        <span className="repeat-summary__n">{formatCount(counts.meeting)}</span> {noun} meet the case-review
        threshold ({threshold}+ in six months)
      </li>
      <li className="repeat-summary__vulnerable">
        <span className="repeat-summary__n">{formatCount(counts.vulnerableMeeting)}</span> of them recorded as
        vulnerable
      </li>
      <li>
        <span className="repeat-summary__n">{formatCount(counts.repeats)}</span> {noun} with 2 or more
        complaints, of {formatCount(counts.references)} in the window
      </li>
      <li className="muted">
        {formatCount(counts.contactsWithoutRef)} contacts in the window have no{' '}
        {data.kind === 'callers' ? 'caller' : 'place'} reference (anonymous or found on patrol) and are not
        counted here.
      </li>
    </ul>
  );
}
