import { isHiddenLayer } from '../../../../../../server/contract/hidden-layers.ts';
import { areasOf, useBoundaries } from '../../../../lib/api/boundaries.ts';
import { layersByDetail, useOptions } from '../../../../lib/api/options.ts';

interface Props {
  layer: string;
  code: string;
  onChange: (layer: string, code: string) => void;
}

/** The control: the district default, or one area of a boundary layer (the filter bar's layers and areas). */
export function ControlPicker({ layer, code, onChange }: Props) {
  const layers = layersByDetail(useOptions().data).filter((l) => !isHiddenLayer(l.id));
  const boundaries = useBoundaries(layer);
  const areas = areasOf(boundaries.data);
  const prompt = boundaries.isPending
    ? 'Loading areas…'
    : boundaries.isError
      ? 'Areas could not be loaded'
      : 'Choose an area';
  return (
    <>
      <div className="field">
        <label className="field__label" htmlFor="evaluation-control-layer">
          Control
        </label>
        <select
          id="evaluation-control-layer"
          className="input"
          value={layer}
          onChange={(e) => onChange(e.target.value, '')}
        >
          <option value="">Rest of the district (default)</option>
          {layers.map((l) => (
            <option key={l.id} value={l.id}>
              An area of: {l.name}
            </option>
          ))}
        </select>
      </div>
      {layer !== '' && (
        <div className="field">
          <label className="field__label" htmlFor="evaluation-control-area">
            Control area
          </label>
          <select
            id="evaluation-control-area"
            className="input"
            value={code}
            required
            onChange={(e) => onChange(layer, e.target.value)}
          >
            <option value="">{prompt}</option>
            {areas.map((a) => (
              <option key={a.code} value={a.code}>
                {a.name} ({a.code})
              </option>
            ))}
          </select>
        </div>
      )}
    </>
  );
}
