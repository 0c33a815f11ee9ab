import { formatCount } from '../../../lib/format.ts';

interface Props {
  offset: number;
  limit: number;
  total: number;
  onPage: (offset: number) => void;
}

/** "1 to 25 of 312" with previous and next. */
export function RepeatPager({ offset, limit, total, onPage }: Props) {
  if (total <= limit) return null;
  const last = Math.min(offset + limit, total);
  return (
    <nav className="repeat-pager" aria-label="Pages">
      <button
        type="button"
        className="button button--secondary"
        disabled={offset === 0}
        onClick={() => onPage(Math.max(0, offset - limit))}
      >
        Previous
      </button>
      <span>
        {formatCount(offset + 1)} to {formatCount(last)} of {formatCount(total)}
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={last >= total}
        onClick={() => onPage(offset + limit)}
      >
        Next
      </button>
    </nav>
  );
}
