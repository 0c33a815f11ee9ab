import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import type { BoardAreas } from '../../../../../server/contract/board.ts';
import { formatCount } from '../../../lib/format.ts';
import { PALETTE } from '../../../lib/palette.ts';
import { ChartFrame } from './chart-frame.tsx';

const MAX_BARS = 30;

/** This quarter against the same quarter last year per area; hidden counts are left out, and said so. */
export function AreaChangeChart({ data }: { data: BoardAreas }) {
  const shown = data.rows.filter((r) => r.current.value !== null && r.previous.value !== null);
  // Areas with none in either quarter add nothing to the picture; the table lists them.
  const drawn = shown.filter((r) => (r.current.value ?? 0) + (r.previous.value ?? 0) > 0);
  const bars = [...drawn].sort((a, b) => (b.current.value ?? 0) - (a.current.value ?? 0)).slice(0, MAX_BARS);
  const hidden = data.rows.length - shown.length;
  const beyond = drawn.length - bars.length;
  const title = `Contacts by area: ${data.quarter.label} against ${data.comparison.label}`;
  const rows = bars.map((r) => ({ name: r.name, now: r.current.value, before: r.previous.value }));
  return (
    <ChartFrame
      title={title}
      fileName={`board-areas-chart-${data.layer.id}-${data.quarter.id}`}
      label={`Bar chart: ${title}. The table gives every figure.`}
    >
      <ResponsiveContainer width="100%" height={Math.max(220, 28 * bars.length + 60)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 16, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#e5e7eb" horizontal={false} />
          <XAxis
            type="number"
            tickFormatter={(v: number) => formatCount(v)}
            tick={{ fontSize: 12 }}
            allowDecimals={false}
          />
          <YAxis type="category" dataKey="name" width={140} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? formatCount(v) : String(v))} />
          <Legend />
          <Bar dataKey="before" name={data.comparison.label} fill={PALETTE.sky} isAnimationActive={false} />
          <Bar dataKey="now" name={data.quarter.label} fill={PALETTE.blue} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
      {(hidden > 0 || beyond > 0) && (
        <p className="muted board-note">
          {beyond > 0 && `Only the ${MAX_BARS} busiest areas are drawn. `}
          {hidden > 0 &&
            `${hidden} ${hidden === 1 ? 'area has' : 'areas have'} a hidden count and ${hidden === 1 ? 'is' : 'are'} left out.`}
        </p>
      )}
    </ChartFrame>
  );
}
