import type { FilterIssue } from '../../../lib/url-filters.ts';

interface Props {
  issues: readonly FilterIssue[];
  onRemove: (issue: FilterIssue) => void;
}

/** Values from the link that were not used, so a mistyped link never silently shows something else. */
export function FilterIssues({ issues, onRemove }: Props) {
  if (issues.length === 0) return null;
  return (
    <div className="filter-issues" role="status" data-testid="filter-issues">
      <p className="filter-issues__title">
        {issues.length === 1 ? 'One value in this link was' : `${issues.length} values in this link were`} not
        used; the figures below ignore {issues.length === 1 ? 'it' : 'them'}:
      </p>
      <ul className="filter-issues__list">
        {issues.map((issue) => (
          <li key={`${issue.param}=${issue.value}`}>
            <code>
              {issue.param}={issue.value}
            </code>{' '}
            {issue.message}.{' '}
            <button type="button" className="button button--link" onClick={() => onRemove(issue)}>
              Remove from link
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
