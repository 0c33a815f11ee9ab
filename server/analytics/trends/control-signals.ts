import type { ControlLimits } from './control-limits.ts';

export interface Signal {
  rule: 'beyond_limit' | 'run' | 'trend';
  direction: 'up' | 'down';
  /** Indices of the first and last point of the signal (the same point for beyond_limit). */
  from: number;
  to: number;
  description: string;
}

export interface PointFlags {
  value: number;
  aboveUpper: boolean;
  belowLower: boolean;
  /** Part of a run of `runLength` or more on one side of the centre line. */
  inRun: boolean;
  /** Part of `trendLength` or more points each strictly above (or below) the one before. */
  inTrend: boolean;
}

export interface SignalOptions {
  runLength?: number;
  trendLength?: number;
  /** Names of the points for the descriptions (e.g. months); "point 1", "point 2", ... when absent. */
  labels?: readonly string[];
}

type Describe = { name: (i: number) => string; fmt: (v: number) => string };

/** A rule about consecutive points; sense is 1 looking upwards, -1 downwards. */
interface StretchRule {
  rule: 'run' | 'trend';
  flag: 'inRun' | 'inTrend';
  min: number;
  keep: (i: number, sense: number) => boolean;
  join: (i: number, sense: number) => boolean;
  says: (sense: number) => string;
}

/** Maximal stretches [from, to] of points that all pass `keep`, each after the first passing `join`. */
function stretches(
  n: number,
  keep: (i: number) => boolean,
  join: (i: number) => boolean,
): [number, number][] {
  const found: [number, number][] = [];
  for (let i = 0; i < n; i++) {
    if (!keep(i)) continue;
    let j = i;
    while (j + 1 < n && keep(j + 1) && join(j + 1)) j++;
    found.push([i, j]);
    i = j;
  }
  return found;
}

function limitSignals(points: PointFlags[], limits: ControlLimits, d: Describe): Signal[] {
  return points.flatMap((p, i): Signal[] => {
    if (!p.aboveUpper && !p.belowLower) return [];
    const [direction, where, limit] = p.aboveUpper
      ? (['up', 'above the upper', limits.upper] as const)
      : (['down', 'below the lower', limits.lower] as const);
    const description = `${d.name(i)}: ${d.fmt(p.value)} is ${where} limit (${d.fmt(limit)})`;
    return [{ rule: 'beyond_limit', direction, from: i, to: i, description }];
  });
}

function stretchSignals(points: PointFlags[], r: StretchRule, d: Describe): Signal[] {
  return (['up', 'down'] as const).flatMap((direction) => {
    const sense = direction === 'up' ? 1 : -1;
    return stretches(
      points.length,
      (i) => r.keep(i, sense),
      (i) => r.join(i, sense),
    )
      .filter(([a, b]) => b - a + 1 >= r.min)
      .map(([a, b]): Signal => {
        for (let i = a; i <= b; i++) (points[i] as PointFlags)[r.flag] = true;
        const description = `${d.name(a)} to ${d.name(b)}: ${b - a + 1} points in a row${r.says(sense)}`;
        return { rule: r.rule, direction, from: a, to: b, description };
      });
  });
}

function stretchRules(values: readonly number[], centre: number, run: number, trend: number, d: Describe) {
  const value = (i: number) => values[i] ?? Number.NaN;
  const rules: StretchRule[] = [
    {
      rule: 'run',
      flag: 'inRun',
      min: run,
      keep: (i, sense) => sense * (value(i) - centre) > 0,
      join: () => true,
      says: (sense) => ` ${sense > 0 ? 'above' : 'below'} the centre line (${d.fmt(centre)})`,
    },
    {
      rule: 'trend',
      flag: 'inTrend',
      min: trend,
      keep: () => true,
      join: (i, sense) => sense * (value(i) - value(i - 1)) > 0,
      says: (sense) => `, each ${sense > 0 ? 'higher' : 'lower'} than the one before`,
    },
  ];
  return rules;
}

/**
 * Shewhart signals on a series against its limits: a point strictly beyond a limit; `runLength` (7) or
 * more points in a row strictly on one side of the centre (a point on the centre ends a run); `trendLength`
 * (6) or more points in a row, each strictly above (or each strictly below) the one before (a tie ends it).
 */
export function controlSignals(
  values: readonly number[],
  limits: ControlLimits,
  { runLength = 7, trendLength = 6, labels }: SignalOptions = {},
): { points: PointFlags[]; signals: Signal[] } {
  const d: Describe = {
    name: (i) => labels?.[i] ?? `point ${i + 1}`,
    fmt: (v) => String(Number(v.toFixed(2))),
  };
  const points = values.map((value) => ({
    value,
    aboveUpper: value > limits.upper,
    belowLower: value < limits.lower,
    inRun: false,
    inTrend: false,
  }));
  const signals = [
    ...limitSignals(points, limits, d),
    ...stretchRules(values, limits.centre, runLength, trendLength, d).flatMap((r) =>
      stretchSignals(points, r, d),
    ),
  ].sort((x, y) => x.from - y.from || x.rule.localeCompare(y.rule));
  return { points, signals };
}
