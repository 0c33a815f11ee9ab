import { controlChart } from '../../analytics/trends/control-chart.ts';
import { CHART_RULE, chooseControlChart } from '../../analytics/trends/control-choice.ts';
import type { ChartChoiceParam, ControlChartDto } from '../../contract/trends.ts';
import type { IntervalSpan } from './trend-intervals.ts';

/**
 * The c-chart or XmR chart of the whole intervals (partial ones lie only at the ends); 'auto' lets the
 * dispersion of those counts choose. Null if too few points for the chart.
 */
export function trendControl(
  values: readonly number[],
  spans: readonly IntervalSpan[],
  requested: ChartChoiceParam,
  name: (start: string) => string,
): ControlChartDto | null {
  const whole = spans.map((s, i) => (s.partial ? -1 : i)).filter((i) => i >= 0);
  const first = whole[0];
  if (first === undefined) return null;
  const last = whole.at(-1) ?? first;
  const charted = values.slice(first, last + 1);
  const advice = chooseControlChart(charted);
  const kind = requested === 'auto' ? advice.kind : requested;
  if (charted.length < (kind === 'xmr' ? 2 : 1)) return null;
  const chart = controlChart(charted, kind, {
    labels: spans.slice(first, last + 1).map((s) => name(s.start)),
  });
  const { centre, upper, lower } = chart.limits;
  const choice = {
    requested,
    advised: advice.kind,
    dispersion: advice.dispersion,
    bound: advice.bound,
    rule: CHART_RULE,
    reason: advice.reason,
  };
  return { kind, first, centre, upper, lower, points: chart.points, signals: chart.signals, choice };
}
