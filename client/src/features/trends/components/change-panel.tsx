import type { ChangeComparison, TrendChange } from '../../../../../server/contract/trends.ts';
import { formatCount, formatPercentChange, formatPeriod, formatSigned } from '../../../lib/format.ts';

const TITLE = {
  previous_period: 'Against the previous period of equal length',
  same_period_last_year: 'Against the same period last year',
} as const;
const VERDICT = {
  up: ['▲', 'Real increase'],
  down: ['▼', 'Real decrease'],
  no_real_change: ['●', 'No real change'],
} as const;

function Comparison({ c, count, title }: { c: ChangeComparison; count: string; title: string }) {
  const [icon, words] = c.complete ? VERDICT[c.verdict] : (['?', 'No fair comparison'] as const);
  const pct = c.percent === null ? '' : ` (${formatPercentChange(c.percent)})`;
  return (
    <div
      className={`change-card change-card--${c.complete ? c.verdict : 'incomplete'}`}
      data-testid={`change-${c.kind}`}
    >
      <p className="change-card__label">{title}</p>
      <p className="change-card__verdict">
        <span className="change-card__icon" aria-hidden="true">
          {icon}
        </span>{' '}
        {words}
      </p>
      <p className="change-card__note">
        <span data-testid="change-counts">
          {formatCount(c.current)} {count} against {formatCount(c.previous)} in {formatPeriod(c.period)}
        </span>
        {pct}.{' '}
        {c.complete
          ? c.explanation
          : `The data do not cover all of ${formatPeriod(c.period)}, so the earlier count is too low to compare with.`}
        {c.wheelerZ !== null && <> Wheeler&rsquo;s z = {formatSigned(c.wheelerZ)}.</>}
      </p>
    </div>
  );
}

/** The period against the one before and the same one last year, each with the E-test verdict. */
export function ChangePanel({ data }: { data: TrendChange }) {
  const [previous, lastYear] = data.comparisons;
  // A twelve-month period's previous period is last year's: one card says it without repeating it.
  const same =
    previous &&
    lastYear &&
    previous.period.from === lastYear.period.from &&
    previous.period.to === lastYear.period.to;
  const shown = same ? [previous] : data.comparisons;
  return (
    <>
      <div className="change-cards">
        {shown.map((c) => (
          <Comparison
            key={c.kind}
            c={c}
            count={data.count}
            title={same ? 'Against the previous period, which is the same period last year' : TITLE[c.kind]}
          />
        ))}
      </div>
      <p className="muted trend-note">{data.rule}</p>
    </>
  );
}
