import { cChartLimits, xmrLimits, type ControlLimits } from './control-limits.ts';
import { controlSignals, type PointFlags, type Signal, type SignalOptions } from './control-signals.ts';

export type ChartKind = 'c' | 'xmr';

export interface ControlChartOptions extends SignalOptions {
  /** Limits from the first `baseline` points only (a settled period), signals on every point. */
  baseline?: number;
}

export interface ControlChart {
  kind: ChartKind;
  limits: ControlLimits;
  /** How many leading points set the limits. */
  baseline: number;
  points: PointFlags[];
  signals: Signal[];
}

/** A c-chart or XmR chart of a series with its Shewhart signals (see cChartLimits, xmrLimits, controlSignals). */
export function controlChart(
  values: readonly number[],
  kind: ChartKind,
  { baseline = values.length, ...options }: ControlChartOptions = {},
): ControlChart {
  if (!Number.isInteger(baseline) || baseline < 1 || baseline > values.length)
    throw new RangeError(`baseline must be a whole number from 1 to ${values.length}: ${baseline}`);
  const settled = values.slice(0, baseline);
  const { centre, upper, lower } = kind === 'c' ? cChartLimits(settled) : xmrLimits(settled);
  const limits = { centre, upper, lower };
  return { kind, limits, baseline, ...controlSignals(values, limits, options) };
}
