import { formatCount, formatMonth } from '../../../lib/format.ts';
import { useHotspotCell } from '../api/hotspot-cell.ts';

interface Props {
  id: string;
  filters: Record<string, string>;
}

const [W, H] = [240, 48];

/** The cell's contacts month by month (bars) and by category, under the filters. */
export function CellTrend({ id, filters }: Props) {
  const cell = useHotspotCell(id, filters);
  if (cell.isError) return <p className="muted">The cell's trend could not be loaded.</p>;
  if (!cell.data) return <p className="muted">Loading the cell's trend…</p>;
  const { months, categories } = cell.data;
  const max = Math.max(1, ...months.map((m) => m.contacts));
  const step = W / Math.max(1, months.length);
  return (
    <div className="cell-trend" data-testid="cell-trend">
      <p className="cell-trend__title">By month</p>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" height={H} role="img" aria-label="Contacts by month">
        {months.map((m, i) => {
          const h = (m.contacts / max) * (H - 2);
          return (
            <rect key={m.month} x={i * step + 1} y={H - h} width={step - 2} height={h} fill="#0072B2">
              <title>{`${formatMonth(m.month)}: ${formatCount(m.contacts)}`}</title>
            </rect>
          );
        })}
      </svg>
      <p className="cell-trend__title">By category</p>
      <ul className="cell-trend__categories">
        {categories.map((c) => (
          <li key={c.category}>
            <span>{c.label}</span>
            <strong>{formatCount(c.contacts)}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}
