import type { ChangeDto } from '../../../../../server/contract/board.ts';
import { formatPercentChange } from '../../../lib/format.ts';
import { VERDICT_ICON, VERDICT_TEXT } from '../board-format.ts';

/** The E-test verdict first; the percentage only as context, and only when no count is hidden. */
export function ChangeBadge({ change, fair }: { change: ChangeDto | null; fair: boolean }) {
  if (!change) return <span className="muted">–</span>;
  if (!fair) return <span className="muted">No fair comparison</span>;
  return (
    <span className={`verdict verdict--${change.verdict}`} title={change.explanation}>
      <span aria-hidden="true">{VERDICT_ICON[change.verdict]}</span> {VERDICT_TEXT[change.verdict]}
      {change.percent !== null && <span className="muted"> ({formatPercentChange(change.percent)})</span>}
    </span>
  );
}
