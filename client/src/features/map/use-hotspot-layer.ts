import { useMemo, useState } from 'react';
import { useHotspots } from './api/hotspots.ts';
import { cellFills } from './hotspot-colours.ts';
import { useHotspotView } from './use-hotspot-view.ts';

/** The hotspot layer chosen in the address bar, its figures, fills and the clicked cell. */
export function useHotspotLayer(filters: Record<string, string>, ready: boolean) {
  const view = useHotspotView();
  const query = useHotspots(view.request, filters, ready);
  // Placeholder data may be another method's answer while the new one loads: only show a match.
  const data = query.data && query.data.method === view.view ? query.data : undefined;
  const fills = useMemo(() => (data ? cellFills(data) : null), [data]);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  return { ...view, query, data, fills, selectedId, setSelectedId };
}
