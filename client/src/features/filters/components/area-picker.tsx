import { hiddenLayerLabel, isHiddenLayer } from '../../../../../server/contract/hidden-layers.ts';
import type { AreaProperties } from '../../../lib/api/boundaries.ts';

interface Props {
  layers: readonly { id: string; name: string }[];
  layer: string;
  onLayerChange: (layer: string) => void;
  areas: readonly AreaProperties[];
  areasState: 'loading' | 'error' | 'ready';
  code: string | null;
  onAreaChange: (code: string | null) => void;
}

/** Area filter in two steps: the boundary layer, then one of its areas. */
export function AreaPicker({ layers, layer, onLayerChange, areas, areasState, code, onAreaChange }: Props) {
  const knownLayer = layer === '' || layers.some((l) => l.id === layer);
  const knownArea = !code || areasState !== 'ready' || areas.some((a) => a.code === code);
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor="filter-layer">
          Area type
        </label>
        <select
          id="filter-layer"
          className="input"
          value={layer}
          onChange={(e) => onLayerChange(e.target.value)}
        >
          <option value="">Whole area</option>
          {layers.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
          {!knownLayer && <option value={layer}>{hiddenLayerLabel(layer) ?? `${layer} (unknown)`}</option>}
        </select>
      </div>
      <div className="field">
        <label className="field__label" htmlFor="filter-area">
          Area
        </label>
        <select
          id="filter-area"
          className="input"
          value={code ?? ''}
          disabled={layer === ''}
          onChange={(e) => onAreaChange(e.target.value || null)}
        >
          <option value="">{areaPrompt(layer, areasState)}</option>
          {areas.map((a) => (
            <option key={a.code} value={a.code}>
              {isHiddenLayer(layer) ? a.name : `${a.name} (${a.code})`}
            </option>
          ))}
          {code && !areas.some((a) => a.code === code) && (
            <option value={code}>
              {code}
              {knownArea ? '' : ' (unknown)'}
            </option>
          )}
        </select>
      </div>
    </>
  );
}

function areaPrompt(layer: string, state: Props['areasState']): string {
  if (layer === '') return 'Choose an area type first';
  if (state === 'loading') return 'Loading areas…';
  if (state === 'error') return 'Areas could not be loaded';
  return 'All areas';
}
