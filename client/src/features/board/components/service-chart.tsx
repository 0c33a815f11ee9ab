import {
  Bar,
  BarChart,
  CartesianGrid,
  ErrorBar,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { BoardService } from '../../../../../server/contract/board.ts';
import { formatShare } from '../../../lib/format.ts';
import { PALETTE } from '../../../lib/palette.ts';
import { ChartFrame } from './chart-frame.tsx';

/** Share resolved within SLA per agency with its 95% interval, and the all-agency target when one is set. */
export function ServiceChart({ data }: { data: BoardService }) {
  const rows = data.byAgency.rows
    .filter((r) => r.withinTarget !== null)
    .map((r) => {
      const w = r.withinTarget ?? { value: 0, low: 0, high: 0 };
      return { name: r.label, share: w.value, error: [w.value - w.low, w.high - w.value] };
    });
  const target = data.byAgency.total.rag?.target ?? null;
  const title = `Share resolved within SLA by agency, ${data.quarter.label}`;
  return (
    <ChartFrame
      title={title}
      fileName={`board-sla-chart-${data.quarter.id}`}
      label={`Bar chart: ${title}, each bar with its 95% interval. The table gives every figure.`}
    >
      <ResponsiveContainer width="100%" height={Math.max(200, 34 * rows.length + 60)}>
        <BarChart data={rows} layout="vertical" margin={{ top: 4, right: 24, bottom: 4, left: 8 }}>
          <CartesianGrid stroke="#e5e7eb" horizontal={false} />
          <XAxis
            type="number"
            domain={[0, 1]}
            tickFormatter={(v: number) => formatShare(v)}
            tick={{ fontSize: 12 }}
          />
          <YAxis type="category" dataKey="name" width={170} tick={{ fontSize: 12 }} interval={0} />
          <Tooltip formatter={(v) => (typeof v === 'number' ? formatShare(v) : String(v))} />
          <Bar dataKey="share" name="Within SLA" fill={PALETTE.green} isAnimationActive={false}>
            <ErrorBar dataKey="error" width={6} stroke="#111827" direction="x" />
          </Bar>
          {target !== null && (
            <ReferenceLine
              x={target}
              stroke={PALETTE.vermillion}
              strokeDasharray="5 4"
              label={{ value: `Target ${formatShare(target)}`, position: 'top', fontSize: 12 }}
            />
          )}
        </BarChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}
