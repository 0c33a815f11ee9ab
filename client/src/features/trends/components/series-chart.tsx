import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { TrendSeries } from '../../../../../server/contract/trends.ts';
import { formatCount } from '../../../lib/format.ts';
import { PALETTE } from '../../../lib/palette.ts';
import { nameOf, tickOf } from '../interval-format.ts';
import { SeriesTable } from './series-table.tsx';

const COLOURS = [
  PALETTE.blue,
  PALETTE.orange,
  PALETTE.green,
  PALETTE.vermillion,
  PALETTE.purple,
  PALETTE.sky,
  '#000000',
];
const count = (v: unknown) => (typeof v === 'number' ? formatCount(v) : '–');

/** Counts per interval: one line per split value, or the total. */
export function SeriesChart({ data }: { data: TrendSeries }) {
  const lines =
    data.series.length > 0 ? data.series : [{ key: 'all', label: 'All contacts', values: data.total }];
  const rows = data.intervals.map((iv, i) => ({
    start: iv.start,
    ...Object.fromEntries(lines.map((l) => [l.key, l.values[i] ?? 0])),
  }));
  const total = data.total.reduce((a, b) => a + b, 0);
  return (
    <>
      <p className="trend-total">
        <span data-testid="trend-total">{formatCount(total)}</span> {data.count} in the period
      </p>
      <div
        className="trend-chart"
        role="img"
        aria-label={`Line chart of ${data.count} per ${data.interval}, ${formatCount(total)} in all. The table below gives the figures.`}
      >
        <ResponsiveContainer width="100%" height={300}>
          <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e5e7eb" vertical={false} />
            <XAxis
              dataKey="start"
              tickFormatter={tickOf(data.interval)}
              tick={{ fontSize: 12 }}
              minTickGap={16}
            />
            <YAxis tickFormatter={count} tick={{ fontSize: 12 }} width={56} allowDecimals={false} />
            <Tooltip formatter={count} labelFormatter={(s) => nameOf(data.interval, String(s))} />
            <Legend />
            {lines.map((l, i) => (
              <Line
                key={l.key}
                name={l.label}
                dataKey={l.key}
                stroke={l.key === 'other' ? PALETTE.grey : COLOURS[i % COLOURS.length]}
                strokeDasharray={l.key === 'other' ? '5 4' : undefined}
                strokeWidth={2}
                dot={data.intervals.length <= 40 ? { r: 2.5 } : false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      {data.count === 'incidents' && (
        <p className="muted trend-note">
          Incidents count reports linked as one incident once; a report not linked to others is an incident of
          its own, so before cross-agency linking has run this equals the number of reports.
        </p>
      )}
      <SeriesTable data={data} />
    </>
  );
}
