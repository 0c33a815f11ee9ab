import { formatCount } from '../../../lib/format.ts';

interface Props {
  page: number;
  pageSize: number;
  total: number;
  onPage: (page: number) => void;
}

/** "Page 2 of 51 · records 101 to 200 of 5,012" with previous and next. */
export function RecordPager({ page, pageSize, total, onPage }: Props) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const first = Math.min((page - 1) * pageSize + 1, total);
  const last = Math.min(page * pageSize, total);
  return (
    <nav className="record-pager" aria-label="Pages">
      <button
        type="button"
        className="button button--secondary"
        disabled={page <= 1}
        onClick={() => onPage(Math.min(page - 1, pages))}
      >
        Previous
      </button>
      <span data-testid="record-pager">
        Page {formatCount(page)} of {formatCount(pages)}
        <span className="muted">
          {' '}
          · records {formatCount(first)} to {formatCount(last)} of {formatCount(total)}
        </span>
      </span>
      <button
        type="button"
        className="button button--secondary"
        disabled={page >= pages}
        onClick={() => onPage(page + 1)}
      >
        Next
      </button>
    </nav>
  );
}
