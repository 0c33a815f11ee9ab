import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Timeseries } from '../../../../../server/contract/dashboard.ts';
import { formatCount, formatMonth, formatMonthShort } from '../../../lib/format.ts';
import { PALETTE } from '../../../lib/palette.ts';
import { TrendTable } from './trend-table.tsx';

type Points = Timeseries['points'];

const count = (v: unknown) => (typeof v === 'number' ? formatCount(v) : '–');

export function TrendChart({ points }: { points: Points }) {
  return (
    <>
      <div className="trend-chart" role="img" aria-label={describe(points)}>
        <ResponsiveContainer width="100%" height={300}>
          <LineChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e5e7eb" vertical={false} />
            <XAxis dataKey="month" tickFormatter={formatMonthShort} tick={{ fontSize: 12 }} minTickGap={16} />
            <YAxis tickFormatter={count} tick={{ fontSize: 12 }} width={56} allowDecimals={false} />
            <Tooltip formatter={count} labelFormatter={(m) => formatMonth(String(m))} />
            <Legend />
            <Line
              name="Contacts"
              dataKey="contacts"
              stroke={PALETTE.blue}
              strokeWidth={2.5}
              dot={{ r: 3 }}
              isAnimationActive={false}
            />
            <Line
              name="Same month last year"
              dataKey="lastYear"
              stroke={PALETTE.orange}
              strokeWidth={2}
              strokeDasharray="6 4"
              dot={false}
              connectNulls={false}
              isAnimationActive={false}
            />
          </LineChart>
        </ResponsiveContainer>
      </div>
      <TrendTable points={points} />
    </>
  );
}

function describe(points: Points): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return 'No months to show';
  const total = points.reduce((n, p) => n + p.contacts, 0);
  return `Line chart of contacts by month from ${formatMonth(first.month)} to ${formatMonth(last.month)}, ${formatCount(total)} in all, with the same months a year earlier. The table below gives the figures.`;
}
