import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { Seasonal } from '../../../../../server/contract/trends.ts';
import { formatCount } from '../../../lib/format.ts';
import { PALETTE } from '../../../lib/palette.ts';
import { SeasonalTable } from './seasonal-table.tsx';

const COLOURS = [
  PALETTE.sky,
  PALETTE.orange,
  PALETTE.green,
  PALETTE.purple,
  PALETTE.vermillion,
  PALETTE.blue,
];
const count = (v: unknown) => (typeof v === 'number' ? formatCount(v) : '–');

/** Each year's months overlaid, the latest year drawn boldest; a gap is a month without data. */
export function SeasonalChart({ data }: { data: Seasonal }) {
  const rows = data.months.map((month, m) => ({
    month,
    ...Object.fromEntries(data.years.map((y) => [y.label, y.values[m] ?? null])),
  }));
  const latest = data.years.length - 1;
  return (
    <>
      <div
        className="trend-chart"
        role="img"
        aria-label={`Contacts per month, one line per year: ${data.years.map((y) => y.label).join(', ')}.`}
      >
        <ResponsiveContainer width="100%" height={280}>
          <LineChart data={rows} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid stroke="#e5e7eb" vertical={false} />
            <XAxis dataKey="month" tick={{ fontSize: 12 }} />
            <YAxis tickFormatter={count} tick={{ fontSize: 12 }} width={56} allowDecimals={false} />
            <Tooltip formatter={count} />
            <Legend />
            {data.years.map((y, i) => (
              <Line
                key={y.label}
                name={y.label}
                dataKey={y.label}
                stroke={i === latest ? PALETTE.blue : COLOURS[i % COLOURS.length]}
                strokeWidth={i === latest ? 3 : 1.75}
                dot={false}
                connectNulls={false}
                isAnimationActive={false}
              />
            ))}
          </LineChart>
        </ResponsiveContainer>
      </div>
      <SeasonalTable data={data} />
    </>
  );
}
