import type { RepeatList } from '../../../../../server/contract/repeats.ts';
import { formatDate, formatPeriod } from '../../../lib/format.ts';

/** What the window is, what it is compared with, and the case-review rule. */
export function WindowExplainer({ data }: { data: RepeatList }) {
  return (
    <div className="window-explainer" data-testid="window-explainer">
      <p>
        <strong>Window: {formatPeriod(data.window.period)}</strong> ({data.window.label} ending on the last
        day of the filter period; its first day is not used here). Each reference is compared with the{' '}
        {data.window.label} before, {formatPeriod(data.window.previous)}, so the list shows who is escalating.
      </p>
      {!data.window.previousComplete && (
        <p className="repeat-note" role="note" data-testid="previous-incomplete">
          The data start after {formatDate(data.window.previous.from)}, so the window before is only partly
          covered: its counts are short and the change column overstates any rise.
        </p>
      )}
      <p>
        <strong>{data.rule}</strong> Rows meeting it are highlighted; vulnerable callers meeting it come
        first.
      </p>
      <p className="muted">
        Only pseudonymous references are shown. Names, phone numbers, addresses and descriptions are never
        read for this page.
      </p>
    </div>
  );
}
