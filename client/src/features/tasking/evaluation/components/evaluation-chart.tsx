import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceArea,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from 'recharts';
import type { Evaluation } from '../../../../../../server/contract/evaluation.ts';
import { formatCount, formatMonth, formatMonthShort } from '../../../../lib/format.ts';
import { PALETTE } from '../../../../lib/palette.ts';
import { ZONE_LABEL, ZONES, type Zone } from '../evaluation-format.ts';
import { indexedSeries, type IndexedRow } from '../evaluation-series.ts';

export const ZONE_COLOUR: Record<Zone, string> = {
  target: PALETTE.vermillion,
  buffer: PALETTE.orange,
  control: PALETTE.blue,
};
const first = (xs: readonly string[]) => xs[0] ?? '';
const last = (xs: readonly string[]) => xs[xs.length - 1] ?? '';

/** The three zones month by month, indexed, with the windows shaded and the intervention month marked. */
export function EvaluationChart({ evaluation: e }: { evaluation: Evaluation }) {
  const rows = indexedSeries(e);
  const interventionMonth = e.params.interventionDate.slice(0, 7);
  const tooltip = (value: unknown, name: unknown, item: { payload?: IndexedRow; dataKey?: unknown }) => {
    const zone = item.dataKey as Zone;
    const count = item.payload?.[`${zone}Count`];
    return [
      `${typeof value === 'number' ? Math.round(value) : '–'} (${count === undefined ? '–' : formatCount(count)} contacts)`,
      String(name),
    ];
  };
  return (
    <div
      className="evaluation-chart"
      role="img"
      aria-label={`Monthly contacts in the target, buffer and control, each indexed to 100 for its before-window average, intervention in ${formatMonth(interventionMonth)}. The table above gives the counts.`}
    >
      <ResponsiveContainer width="100%" height={300}>
        <LineChart data={rows} margin={{ top: 20, right: 16, bottom: 0, left: 0 }}>
          <CartesianGrid stroke="#e5e7eb" vertical={false} />
          <ReferenceArea
            x1={first(e.before.months)}
            x2={last(e.before.months)}
            fill="#e5e7eb"
            fillOpacity={0.5}
            label={{ value: 'Before', position: 'insideTop', fontSize: 12 }}
          />
          <ReferenceArea
            x1={first(e.after.months)}
            x2={last(e.after.months)}
            fill="#dbeafe"
            fillOpacity={0.5}
            label={{ value: 'After', position: 'insideTop', fontSize: 12 }}
          />
          <XAxis dataKey="month" tickFormatter={formatMonthShort} tick={{ fontSize: 12 }} minTickGap={12} />
          <YAxis
            tick={{ fontSize: 12 }}
            width={64}
            label={{
              value: 'Index, before = 100',
              angle: -90,
              position: 'insideLeft',
              offset: 4,
              style: { textAnchor: 'middle', fontSize: 12 },
            }}
          />
          <ReferenceLine y={100} stroke={PALETTE.grey} strokeDasharray="2 3" />
          <ReferenceLine
            x={interventionMonth}
            stroke="#111827"
            strokeWidth={2}
            strokeDasharray="6 3"
            label={{ value: 'Intervention', position: 'top', fontSize: 12 }}
            className="evaluation-chart__intervention"
          />
          <Tooltip formatter={tooltip} labelFormatter={(m) => formatMonth(String(m))} />
          <Legend itemSorter={null} />
          {ZONES.map((z) => (
            <Line
              key={z}
              name={ZONE_LABEL[z]}
              dataKey={z}
              stroke={ZONE_COLOUR[z]}
              strokeWidth={z === 'target' ? 2.5 : 2}
              strokeDasharray={z === 'control' ? '5 4' : undefined}
              dot={{ r: 2.5 }}
              connectNulls={false}
              isAnimationActive={false}
            />
          ))}
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
