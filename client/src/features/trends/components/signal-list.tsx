import type { TrendSeries } from '../../../../../server/contract/trends.ts';

type Signals = NonNullable<TrendSeries['control']>['signals'];

const RULE = {
  beyond_limit: 'Beyond a limit',
  run: 'Run on one side of the mean',
  trend: 'Steady rise or fall',
} as const;

/** Each Shewhart signal in words; no signals is itself the finding. */
export function SignalList({ signals }: { signals: Signals }) {
  if (signals.length === 0)
    return (
      <p className="signal-none" data-testid="signal-none">
        No signals: the series varies within what this process normally produces.
      </p>
    );
  return (
    <ul className="signal-list" data-testid="signal-list">
      {signals.map((s) => (
        <li key={`${s.rule}-${s.from}-${s.direction}`} className={`signal signal--${s.direction}`}>
          <strong>
            {s.direction === 'up' ? '▲' : '▼'} {RULE[s.rule]}:
          </strong>{' '}
          {s.description}
        </li>
      ))}
    </ul>
  );
}
