import {
  isDrawnLayer,
  type DrawnArea,
  type DrawnPolygon,
} from '../../../../../server/contract/drawn-areas.ts';
import { useBoundaries } from '../../../lib/api/boundaries.ts';
import { useUrlFilters } from '../../../lib/use-url-filters.ts';
import { useCreateDrawnArea } from './api/create-drawn-area.ts';
import { useDeleteDrawnArea } from './api/delete-drawn-area.ts';
import { useDrawnAreas } from './api/drawn-areas.ts';
import { DrawStart } from './components/draw-start.tsx';
import { DrawnAreaList } from './components/drawn-area-list.tsx';
import { NewAreaForm } from './components/new-area-form.tsx';
import { useLeafletMap } from './leaflet-map-store.ts';
import { DRAW_COLOUR, useDrawOutline } from './use-draw-outline.ts';
import { fitOutline, useMapOutline } from './use-map-outline.ts';
import './draw.css';

const FILTER_STYLE = { color: '#0b0c0c', weight: 3, fillOpacity: 0 };
const PENDING_STYLE = { color: DRAW_COLOUR, weight: 3, dashArray: '6 6', fillOpacity: 0.12 };

/** Draw an area on the map, filter the whole dashboard to it, and keep a list to apply again. */
export function DrawnAreas() {
  const map = useLeafletMap();
  const { filters, update } = useUrlFilters();
  const list = useDrawnAreas();
  const create = useCreateDrawnArea();
  const remove = useDeleteDrawnArea();
  const draw = useDrawOutline(map);
  const drawnFilter = filters.area && isDrawnLayer(filters.area.layer) ? filters.area : null;
  // The outline comes from its boundary layer, so a link to someone else's private area still shows it.
  const filterLayer = useBoundaries(drawnFilter?.layer ?? '');
  const filterFeature = drawnFilter ? filterLayer.data?.features[0] : undefined;
  useMapOutline(map, (filterFeature?.geometry as DrawnPolygon | undefined) ?? null, FILTER_STYLE);
  useMapOutline(map, draw.outline, PENDING_STYLE);

  const areas = list.data?.areas ?? [];
  const canDraw = list.data?.canDraw ?? false;
  // The board may apply shared areas; with none and no drawn filter there is nothing to offer it.
  if (list.data && !canDraw && areas.length === 0 && !drawnFilter) return null;
  const atLimit = !!list.data && areas.filter((a) => a.mine).length >= list.data.limit;

  const apply = (a: Pick<DrawnArea, 'layer' | 'code' | 'geometry'>) => {
    update({ area: { layer: a.layer, code: a.code } });
    fitOutline(map, a.geometry);
  };
  const save = ({ name, shared, filter }: { name: string; shared: boolean; filter: boolean }) => {
    if (!draw.outline) return;
    create.mutate(
      { name: name.trim() || undefined, shared, geometry: draw.outline },
      {
        onSuccess: (a) => {
          draw.clear();
          if (filter) apply(a);
        },
      },
    );
  };
  const destroy = (a: DrawnArea) => {
    if (!window.confirm(`Delete the drawn area “${a.name}”? Links that filter by it will stop working.`))
      return;
    remove.mutate(a.code, {
      onSuccess: () => {
        if (drawnFilter?.code === a.code) update({ area: null });
      },
    });
  };

  return (
    <section className="side-box drawn-areas" aria-labelledby="drawn-areas-title" data-testid="drawn-areas">
      <h2 id="drawn-areas-title" className="side-box__title">
        Drawn areas
      </h2>
      {drawnFilter && (
        <div className="drawn-areas__filter">
          {filterLayer.isError ? (
            <p>The drawn area in this link no longer exists (it was deleted): clear the filter.</p>
          ) : (
            <p>
              Every page is filtered to <strong>{filterFeature?.properties.name ?? 'a drawn area'}</strong>,
              outlined in black on the map.
            </p>
          )}
          <button type="button" className="button button--link" onClick={() => update({ area: null })}>
            Clear the area filter
          </button>
        </div>
      )}
      {draw.outline ? (
        <NewAreaForm
          saving={create.isPending}
          error={create.error?.message ?? null}
          onSave={save}
          onDiscard={() => {
            create.reset();
            draw.clear();
          }}
        />
      ) : (
        canDraw && (
          <DrawStart
            drawing={draw.drawing}
            loading={draw.loading}
            mapReady={!!map}
            atLimit={atLimit}
            onStart={() => {
              create.reset();
              draw.start();
            }}
            onCancel={draw.cancel}
          />
        )
      )}
      {draw.loadError && <p className="form-error">{draw.loadError}</p>}
      {list.isError && <p className="form-error">Drawn areas could not be loaded: {list.error.message}</p>}
      {remove.isError && <p className="form-error">The area could not be deleted: {remove.error.message}</p>}
      {list.data && (
        <DrawnAreaList
          areas={areas}
          filterCode={drawnFilter?.code ?? null}
          deleting={remove.isPending ? (remove.variables ?? null) : null}
          onApply={apply}
          onDelete={destroy}
        />
      )}
    </section>
  );
}
