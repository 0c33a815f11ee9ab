import type { Change } from '../../../../../server/contract/dashboard.ts';
import { formatCount, formatPercentChange, formatPeriod, formatSigned } from '../../../lib/format.ts';

const VERDICT = {
  up: { words: 'Real increase', icon: '▲', explain: 'beyond +3, so more than normal variation' },
  down: { words: 'Real decrease', icon: '▼', explain: 'beyond −3, so more than normal variation' },
  no_real_change: { words: 'No real change', icon: '●', explain: 'within ±3, so within normal variation' },
} as const;

interface Props {
  change: Change;
  comparison: { from: string; to: string };
  /** False when the data do not reach back over the whole comparison period. */
  complete: boolean;
}

/** Change on last year told as Wheeler's z and a verdict; the percentage only ever appears beside them. */
export function ChangeFigure({ change: c, comparison, complete }: Props) {
  const v = VERDICT[c.verdict];
  const pct = c.percent === null ? '' : ` (${formatPercentChange(c.percent)})`;
  const counts = `${formatCount(c.current)} against ${formatCount(c.previous)} in ${formatPeriod(comparison)}${pct}`;
  const z = <strong data-testid="headline-z">{formatSigned(c.wheelerZ)}</strong>;
  return (
    <div className={`stat stat--change stat--${complete ? c.verdict : 'incomplete'}`}>
      <p className="stat__label">Change on same period last year</p>
      <p className="stat__value" data-testid="headline-verdict">
        <span className="stat__icon" aria-hidden="true">
          {complete ? v.icon : '?'}
        </span>{' '}
        {complete ? v.words : 'No fair comparison'}
      </p>
      {complete ? (
        <p className="stat__note">
          {counts}. Wheeler&rsquo;s z = {z}, {v.explain}.
        </p>
      ) : (
        <p className="stat__note">
          The data do not cover all of {formatPeriod(comparison)}, so last year&rsquo;s count is too low to
          compare with. {counts}; Wheeler&rsquo;s z = {z}.
        </p>
      )}
    </div>
  );
}
