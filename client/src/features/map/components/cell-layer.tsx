import { canvas, layerGroup, rectangle, type Rectangle } from 'leaflet';
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import type { HotspotMap } from '../api/hotspots.ts';

interface Props {
  hotspots: HotspotMap;
  fills: readonly string[];
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const PANE = 'hotspot-cells';
// Each cell's outline takes its fill: BNG squares are not quite lat/lon boxes, and this hides the hairline gaps.
const BASE = { weight: 1, opacity: 0.85, fillOpacity: 0.85 };
const SELECTED = { weight: 3, color: '#000', opacity: 1 };

/** The cells as rectangles on one canvas, so thousands of them stay quick to draw and to click. */
export function CellLayer({ hotspots, fills, selectedId, onSelect }: Props) {
  const map = useMap();
  const renderer = useMemo(() => {
    // A pane above the boundaries (overlay pane z-index 400) and below tooltips.
    if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = '450';
    return canvas({ pane: PANE, padding: 0.2 });
  }, [map]);
  const onSelectRef = useRef(onSelect);
  useEffect(() => {
    onSelectRef.current = onSelect;
  }, [onSelect]);
  const shapes = useRef(new Map<string, Rectangle>());

  useEffect(() => {
    const group = layerGroup();
    const { ids, bounds } = hotspots.cells;
    shapes.current = new Map();
    ids.forEach((id, i) => {
      const [s, w, n, e] = bounds.slice(4 * i, 4 * i + 4) as [number, number, number, number];
      const fillColor = fills[i] ?? 'transparent';
      const r = rectangle(
        [
          [s, w],
          [n, e],
        ],
        { ...BASE, renderer, pane: PANE, fillColor, color: fillColor, stroke: fillColor !== 'transparent' },
      );
      r.on('click', () => onSelectRef.current(id));
      shapes.current.set(id, r);
      group.addLayer(r);
    });
    group.addTo(map);
    return () => {
      group.remove();
    };
  }, [map, renderer, hotspots, fills]);

  useEffect(() => {
    const shape = selectedId ? shapes.current.get(selectedId) : undefined;
    if (!shape) return;
    shape.setStyle(SELECTED).bringToFront();
    return () => {
      const fill = shape.options.fillColor ?? 'transparent';
      shape.setStyle({ ...BASE, color: fill, stroke: fill !== 'transparent' });
    };
  }, [selectedId, hotspots, fills]);
  return null;
}
