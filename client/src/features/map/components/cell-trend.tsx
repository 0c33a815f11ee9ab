import type { HotPlace } from '../api/hot-places.ts';
import { useHotspotCell } from '../api/hotspot-cell.ts';
import { PlaceProfileView } from './place-profile-view.tsx';

interface Props {
  id: string;
  filters: Record<string, string>;
  onPlace?: (place: HotPlace) => void;
}

/** The clicked cell's profile under the filters. */
export function CellTrend({ id, filters, onPlace }: Props) {
  const cell = useHotspotCell(id, filters);
  if (cell.isError) return <p className="muted">The cell's profile could not be loaded.</p>;
  if (!cell.data) return <p className="muted">Loading the cell's profile…</p>;
  return <PlaceProfileView profile={cell.data} onPlace={onPlace} testId="cell-trend" />;
}
