import { formatCount } from '../../../lib/format.ts';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** "101 to 200 of 1,234" with previous and next. */
export function AuditPager({ page, pageSize, total, onPage }: Props) {
  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  if (total <= pageSize && page === 1)
    return <p className="audit-pager">{total === 1 ? '1 entry' : `${formatCount(total)} entries`}</p>;
  return (
    <nav className="audit-pager" aria-label="Pages">
      <button
        type="button"
        className="button button--secondary"
        disabled={page <= 1}
        onClick={() => onPage(page - 1)}
      >
        Previous
      </button>
      <span>
        {formatCount(first)} to {formatCount(last)} of {formatCount(total)}
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={last >= total}
        onClick={() => onPage(page + 1)}
      >
        Next
      </button>
    </nav>
  );
}
