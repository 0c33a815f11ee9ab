import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { Panel } from '../../components/panel.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { EmptyState } from '../../components/states.tsx';
import { areasOf, useBoundaries, type AreaProperties } from '../../lib/api/boundaries.ts';
import { defaultMapLayer, layersByDetail, useOptions } from '../../lib/api/options.ts';
import { useUrlFilters } from '../../lib/use-url-filters.ts';
import { AreaDetails } from './components/area-details.tsx';
import { AreaSelect } from './components/area-select.tsx';
import { BoundaryMap } from './components/boundary-map.tsx';
import { LayerChoice } from './components/layer-choice.tsx';
import './map.css';

export default function MapPage() {
  const options = useOptions();
  const { filters, update } = useUrlFilters();
  const [params, setParams] = useSearchParams();
  const layers = layersByDetail(options.data);
  const requested = params.get('layer');
  const layer = requested ?? filters.area?.layer ?? defaultMapLayer(layers);
  const unknownLayer = options.isSuccess && layer !== '' && !layers.some((l) => l.id === layer);
  const boundaries = useBoundaries(layer);
  const [selection, setSelection] = useState<{ layer: string; code: string; zoom: boolean } | null>(null);
  const [hovered, setHovered] = useState<AreaProperties | null>(null);

  const areas = areasOf(boundaries.data);
  const current = selection?.layer === layer ? selection : null;
  const filterCode = filters.area?.layer === layer ? filters.area.code : null;
  const selected = areas.find((a) => a.code === (current?.code ?? filterCode)) ?? null;

  const chooseLayer = (id: string) => {
    setSelection(null);
    setHovered(null);
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.set('layer', id);
      return next;
    });
  };

  return (
    <div className="page map-page">
      <title>Map · ICSB Analytics</title>
      <h1 className="page__title">Map</h1>
      <div className="map-page__grid">
        <Panel
          title="Boundaries"
          description="The areas you can filter by. The date, category and agency filters do not change this map yet."
          className="map-page__map"
          resetKey={layer}
        >
          {unknownLayer ? (
            <EmptyState>
              There is no boundary layer called “{layer}”. Choose one of the layers listed.
            </EmptyState>
          ) : (
            <QueryState
              query={boundaries}
              loadingLabel="Loading boundaries"
              isEmpty={(c) => c.features.length === 0}
              empty="This layer has no areas loaded."
            >
              {(c) => (
                <BoundaryMap
                  key={layer}
                  collection={c}
                  tiles={options.data?.map ?? null}
                  selectedCode={selected?.code ?? null}
                  filterCode={filterCode}
                  zoomToCode={current?.zoom ? current.code : null}
                  onHover={setHovered}
                  onSelect={(a) => setSelection({ layer, code: a.code, zoom: false })}
                />
              )}
            </QueryState>
          )}
        </Panel>
        <aside className="map-page__side" aria-label="Map controls">
          <LayerChoice layers={layers} value={layer} onChange={chooseLayer} />
          <AreaSelect
            areas={areas}
            value={selected?.code ?? null}
            onChange={(code) => setSelection(code ? { layer, code, zoom: true } : null)}
          />
          <AreaDetails
            area={hovered ?? selected}
            layerName={layers.find((l) => l.id === layer)?.name ?? layer}
            isFilter={!!filterCode && (hovered ?? selected)?.code === filterCode}
            onFilter={(a) => update({ area: { layer, code: a.code } })}
          />
        </aside>
      </div>
    </div>
  );
}
