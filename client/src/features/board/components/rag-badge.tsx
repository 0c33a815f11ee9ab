import type { RagDto } from '../../../../../server/contract/board.ts';
import { formatRate, formatShare } from '../../../lib/format.ts';

const WORDS = { green: 'Green', amber: 'Amber', red: 'Red' } as const;
const ICON = { green: '✓', amber: '~', red: '✕' } as const;

/** Red, amber or green in words and a mark as well as colour, with the target on hover. */
export function RagBadge({ status, rag }: { status: RagDto['status'] | null; rag?: RagDto | null }) {
  if (!status) return <span className="muted">–</span>;
  const target = rag
    ? `Target ${rag.better === 'lower' ? 'at most' : 'at least'} ${rag.target <= 1 && rag.better === 'higher' ? formatShare(rag.target) : formatRate(rag.target)}`
    : undefined;
  return (
    <span className={`rag rag--${status}`} title={target}>
      <span aria-hidden="true">{ICON[status]}</span> {WORDS[status]}
    </span>
  );
}
