import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { TrendSeries } from '../../../../../server/contract/trends.ts';
import { formatCount } from '../../../lib/format.ts';
import { PALETTE } from '../../../lib/palette.ts';
import { nameOf, tickOf } from '../interval-format.ts';
import { ChartChoiceNote } from './chart-choice-note.tsx';
import { SignalList } from './signal-list.tsx';

type Control = NonNullable<TrendSeries['control']>;
interface DotProps {
  cx?: number;
  cy?: number;
  index?: number;
}

const fmt = (v: number) => (Number.isInteger(v) ? formatCount(v) : v.toFixed(1));

/** A marked point is part of a signal: beyond a limit, in a run or in a trend. */
const isSignal = (p: Control['points'][number]) => p.aboveUpper || p.belowLower || p.inRun || p.inTrend;

/** The unsplit series with its centre line, limits and signal points. */
export function ControlChart({ data, control }: { data: TrendSeries; control: Control }) {
  const rows = control.points.map((p, i) => ({
    start: data.intervals[control.first + i]?.start ?? '',
    ...p,
  }));
  const name = control.kind === 'c' ? 'c-chart' : 'XmR chart';
  const dot = ({ cx, cy, index }: DotProps) => {
    const p = control.points[index ?? 0];
    if (cx === undefined || cy === undefined || !p) return <g key={`d${index}`} />;
    return isSignal(p) ? (
      <rect
        key={`d${index}`}
        className="signal-point"
        x={cx - 5}
        y={cy - 5}
        width={10}
        height={10}
        fill={PALETTE.vermillion}
        transform={`rotate(45 ${cx} ${cy})`}
      />
    ) : (
      <circle key={`d${index}`} cx={cx} cy={cy} r={3} fill={PALETTE.blue} />
    );
  };
  return (
    <>
      <div
        className="trend-chart"
        role="img"
        aria-label={`${name}: centre ${fmt(control.centre)}, upper limit ${fmt(control.upper)}, lower limit ${fmt(control.lower)}; ${control.signals.length} signals, listed below.`}
      >
        <ResponsiveContainer width="100%" height={280}>
          <LineChart data={rows} margin={{ top: 8, right: 90, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e5e7eb" vertical={false} />
            <XAxis
              dataKey="start"
              tickFormatter={tickOf(data.interval)}
              tick={{ fontSize: 12 }}
              minTickGap={16}
            />
            <YAxis tick={{ fontSize: 12 }} width={56} domain={[0, 'auto']} allowDecimals={false} />
            <Tooltip
              formatter={(v) => fmt(Number(v))}
              labelFormatter={(s) => nameOf(data.interval, String(s))}
            />
            {limits(control).map((l) => (
              <ReferenceLine
                key={l.name}
                ifOverflow="extendDomain"
                y={l.y}
                stroke={l.name === 'Mean' ? PALETTE.grey : PALETTE.vermillion}
                strokeDasharray={l.name === 'Mean' ? undefined : '6 4'}
                label={{ value: `${l.name} ${fmt(l.y)}`, position: 'right', fontSize: 12, fill: '#374151' }}
              />
            ))}
            <Line
              name={data.count}
              dataKey="value"
              stroke={PALETTE.blue}
              strokeWidth={2}
              dot={dot}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <p className="muted trend-note">
        Diamonds mark points in a signal. Limits are the mean{' '}
        {control.kind === 'c' ? '± 3√mean' : '± 2.66 × the mean moving range'}, from the{' '}
        {control.points.length} whole {data.interval}s shown.
      </p>
      <ChartChoiceNote control={control} />
      <SignalList signals={control.signals} />
    </>
  );
}

/** The lines to draw; a lower limit at 0 cannot be crossed by a count, so it is left out. */
const limits = (c: Control) =>
  [
    { name: 'Upper', y: c.upper },
    { name: 'Mean', y: c.centre },
    { name: 'Lower', y: c.lower },
  ].filter((l) => l.name !== 'Lower' || l.y > 0);
