import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { formatShare } from '../lib/format.ts';
import { PALETTE } from '../lib/palette.ts';

/** One point of a concentration curve: the busiest `share` of units hold `value` of the total. */
export interface CurvePoint {
  share: number;
  value: number;
}

export interface ConcentrationSeries {
  name: string;
  color: string;
  curve: readonly CurvePoint[];
}

interface Props {
  /** Curves sampled at the same shares; the first one gives the x positions. */
  series: readonly ConcentrationSeries[];
  evenName: string;
  xLabel: string;
  yLabel?: string;
  ariaLabel: string;
  height: number;
  className?: string;
}

const pct = (v: unknown) => (typeof v === 'number' ? `${Math.round(v * 100)}%` : '–');
const share = (v: unknown) => (typeof v === 'number' ? formatShare(v) : '–');
const TICKS = [0, 0.1, 0.2, 0.4, 0.6, 0.8, 1];
const AXIS_TEXT = { fontSize: 12 };

/** Concentration (Lorenz-style) curves against the diagonal of an even spread. */
export function ConcentrationCurves({
  series,
  evenName,
  xLabel,
  yLabel,
  ariaLabel,
  height,
  className,
}: Props) {
  const rows = (series[0]?.curve ?? []).map((p, i) => ({
    share: p.share,
    even: p.share,
    ...Object.fromEntries(series.map((s, k) => [`s${k}`, s.curve[i]?.value ?? null])),
  }));
  return (
    <div className={className} role="img" aria-label={ariaLabel}>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 16, left: 0 }}>
          <CartesianGrid stroke="#e5e7eb" />
          <XAxis
            dataKey="share"
            type="number"
            domain={[0, 1]}
            ticks={TICKS}
            tickFormatter={pct}
            tick={AXIS_TEXT}
            label={{ value: xLabel, position: 'insideBottom', offset: -8, ...AXIS_TEXT }}
          />
          <YAxis
            domain={[0, 1]}
            tickFormatter={pct}
            tick={AXIS_TEXT}
            width={yLabel ? 72 : 52}
            label={
              yLabel
                ? {
                    value: yLabel,
                    angle: -90,
                    position: 'insideLeft',
                    ...AXIS_TEXT,
                    style: { textAnchor: 'middle' },
                  }
                : undefined
            }
          />
          <Tooltip formatter={share} labelFormatter={(v) => `Busiest ${pct(v)}`} />
          <Legend verticalAlign="top" height={28} />
          {series.map((s, k) => (
            <Line
              key={s.name}
              name={s.name}
              dataKey={`s${k}`}
              stroke={s.color}
              strokeWidth={2.5}
              dot={false}
              isAnimationActive={false}
            />
          ))}
          <Line
            name={evenName}
            dataKey="even"
            stroke={PALETTE.grey}
            strokeDasharray="4 4"
            dot={false}
            isAnimationActive={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
