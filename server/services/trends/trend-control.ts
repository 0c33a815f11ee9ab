import { controlChart } from '../../analytics/trends/control-chart.ts';
import type { ControlChartDto } from '../../contract/trends.ts';
import type { IntervalSpan } from './trend-intervals.ts';

/** The c-chart or XmR chart of the whole intervals (partial ones lie only at the ends); null if too few. */
export function trendControl(
  values: readonly number[],
  spans: readonly IntervalSpan[],
  kind: 'c' | 'xmr',
  name: (start: string) => string,
): ControlChartDto | null {
  const whole = spans.map((s, i) => (s.partial ? -1 : i)).filter((i) => i >= 0);
  const first = whole[0];
  if (first === undefined || whole.length < (kind === 'xmr' ? 2 : 1)) return null;
  const last = whole.at(-1) ?? first;
  const chart = controlChart(values.slice(first, last + 1), kind, {
    labels: spans.slice(first, last + 1).map((s) => name(s.start)),
  });
  const { centre, upper, lower } = chart.limits;
  return { kind, first, centre, upper, lower, points: chart.points, signals: chart.signals };
}
