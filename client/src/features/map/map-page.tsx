import { useState } from 'react';
import { Panel } from '../../components/panel.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { EmptyState } from '../../components/states.tsx';
import { areasOf, useBoundaries, type AreaProperties } from '../../lib/api/boundaries.ts';
import { defaultMapLayer, layersByDetail, useOptions } from '../../lib/api/options.ts';
import { useUrlFilters } from '../../lib/use-url-filters.ts';
import { useAreaHotspots } from './api/area-hotspots.ts';
import { useAreaStats } from './api/areas.ts';
import { AreaDetails } from './components/area-details.tsx';
import { AreaSelect } from './components/area-select.tsx';
import { BoundaryMap } from './components/boundary-map.tsx';
import { LayerChoice } from './components/layer-choice.tsx';
import { LayerTotal } from './components/layer-total.tsx';
import { MeasureChoice } from './components/measure-choice.tsx';
import { CellDetails } from './components/cell-details.tsx';
import { CellLayer } from './components/cell-layer.tsx';
import { HotspotControls } from './components/hotspot-controls.tsx';
import { HotspotLegend } from './components/hotspot-legend.tsx';
import { AreaProfileBox } from './components/area-profile-box.tsx';
import { MapInsights } from './components/map-insights.tsx';
import { PlaceMarker } from './components/place-marker.tsx';
import { AreaLegend } from './components/area-legend.tsx';
import type { HotPlace } from './api/hot-places.ts';
import { useChoropleth } from './use-choropleth.ts';
import { shownMeasure } from './choropleth.ts';
import { areaTitle, baseFill, describe, describeHotspots, hotspotTitle } from './map-titles.ts';
import { useHotspotLayer } from './use-hotspot-layer.ts';
import { useMapView } from './use-map-view.ts';
import { usePlaceDetail } from './use-place-detail.ts';
import { DrawnAreas } from './draw/drawn-areas-control.tsx';
import { baseLayerOf } from './draw/map-layer.ts';
import './map.css';

export default function MapPage() {
  const options = useOptions();
  const { filters, query, ready, update } = useUrlFilters();
  const layers = layersByDetail(options.data);
  const view = useMapView(baseLayerOf(filters.area) ?? defaultMapLayer(layers));
  const { layer } = view;
  const unknownLayer = options.isSuccess && layer !== '' && !layers.some((l) => l.id === layer);
  const boundaries = useBoundaries(layer);
  const stats = useAreaStats(layer, query, ready && !unknownLayer);
  const [selection, setSelection] = useState<{ layer: string; code: string; zoom: boolean } | null>(null);
  const [hovered, setHovered] = useState<AreaProperties | null>(null);
  const [place, setPlace] = useState<HotPlace | null>(null);
  const hot = useHotspotLayer(query, ready);
  const cells = hot.view === 'areas' ? null : hot;
  const detail = usePlaceDetail(query, hot.sizes.cell, ready);

  const areas = areasOf(boundaries.data);
  const rateAvailable = areas.length === 0 || areas.some((a) => a.population !== null);
  const versusAvailable = stats.data?.significance !== null;
  const measure = shownMeasure(view.measure, rateAvailable, versusAvailable, !filters.area);
  const gi = useAreaHotspots(layer, query, ready && !unknownLayer && !cells && measure === 'gistar');
  const giData = measure === 'gistar' && gi.data?.layer.id === layer ? gi.data : undefined;
  const figures = useChoropleth(stats.data?.layer.id === layer ? stats.data : undefined, measure, giData);
  const current = selection?.layer === layer ? selection : null;
  const filterCode = filters.area?.layer === layer ? filters.area.code : null;
  const selected = areas.find((a) => a.code === (current?.code ?? filterCode)) ?? null;
  const shown = hovered ?? selected;
  const layerName = layers.find((l) => l.id === layer)?.name ?? layer;

  const chooseLayer = (id: string) => {
    setSelection(null);
    setHovered(null);
    view.chooseLayer(id);
  };

  return (
    <div className="page map-page">
      <title>Map · ICSB Analytics</title>
      <h1 className="page__title">Map</h1>
      <div className="map-page__grid">
        <Panel
          title={cells ? hotspotTitle(cells.view) : `${areaTitle(measure)} by area: ${layerName}`}
          description={
            cells
              ? describeHotspots(cells.data?.period ?? null)
              : describe(stats.data?.period ?? null, measure, !!filters.area)
          }
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
                  fillOf={cells ? baseFill : figures.fillOf}
                  labelOf={figures.labelOf}
                  selectedCode={selected?.code ?? null}
                  filterCode={filterCode}
                  zoomToCode={current?.zoom ? current.code : null}
                  onHover={setHovered}
                  onSelect={(a) => setSelection({ layer, code: a.code, zoom: false })}
                  overlay={
                    <>
                      {cells?.data && cells.fills && (
                        <CellLayer
                          hotspots={cells.data}
                          fills={cells.fills.fills}
                          selectedId={cells.selectedId}
                          onSelect={cells.setSelectedId}
                        />
                      )}
                      <PlaceMarker place={place} />
                    </>
                  }
                >
                  {cells?.data && cells.fills && (
                    <HotspotLegend hotspots={cells.data} classes={cells.fills.classes} />
                  )}
                  {!cells && (
                    <AreaLegend measure={measure} stats={stats.data} gi={giData} figures={figures} />
                  )}
                </BoundaryMap>
              )}
            </QueryState>
          )}
          {cells?.query.isError && (
            <p className="map-page__error" role="alert">
              The hotspot map could not be made: {cells.query.error.message}
            </p>
          )}
          {!cells && measure === 'gistar' && gi.isError && (
            <p className="map-page__error" role="alert">
              The Gi* map could not be made: {gi.error.message}
            </p>
          )}
          {!cells && stats.isError && (
            <p className="map-page__error" role="alert">
              The figures for this map could not be loaded: {stats.error.message}
            </p>
          )}
        </Panel>
        <aside className="map-page__side" aria-label="Map controls">
          <HotspotControls view={hot.view} sizes={hot.sizes} hotspots={hot.data} onChange={hot.update} />
          {cells && (
            <CellDetails
              hotspots={cells.data}
              id={cells.selectedId}
              filters={query}
              onPlace={setPlace}
              detail={detail}
            />
          )}
          <LayerChoice layers={layers} value={layer} onChange={chooseLayer} />
          <DrawnAreas />
          {!cells && (
            <>
              <MeasureChoice
                value={measure}
                rateAvailable={rateAvailable}
                versusAvailable={versusAvailable}
                gistarAvailable={!filters.area}
                onChange={view.chooseMeasure}
              />
              <AreaSelect
                areas={areas}
                value={selected?.code ?? null}
                onChange={(code) => setSelection(code ? { layer, code, zoom: true } : null)}
              />
              <AreaDetails
                area={shown}
                stat={shown ? figures.byCode.get(shown.code) : undefined}
                figuresState={stats.isError ? 'error' : stats.data ? 'ready' : 'loading'}
                layer={layer}
                layerName={layerName}
                isFilter={!!filterCode && shown?.code === filterCode}
                onFilter={(a) => update({ area: { layer, code: a.code } })}
                areaFiltered={!!filters.area}
                gistar={
                  measure === 'gistar'
                    ? { hotspot: shown ? figures.hotspotByCode.get(shown.code) : undefined }
                    : undefined
                }
              />
              <AreaProfileBox
                area={detail && selected ? { layer, ...selected } : null}
                filters={query}
                onPlace={setPlace}
              />
              {stats.data?.layer.id === layer && (
                <LayerTotal stats={stats.data} areaFiltered={!!filters.area} />
              )}
            </>
          )}
        </aside>
      </div>
      <MapInsights filters={query} ready={ready} sizes={hot.sizes} onPlace={setPlace} />
    </div>
  );
}
