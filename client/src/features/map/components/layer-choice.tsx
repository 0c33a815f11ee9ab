import { formatCount } from '../../../lib/format.ts';

interface Props {
  layers: readonly { id: string; name: string; areas: number }[];
  value: string;
  onChange: (id: string) => void;
}

/** The base layer: with no tile server the boundaries are the map, one layer at a time. */
export function LayerChoice({ layers, value, onChange }: Props) {
  return (
    <fieldset className="side-box layer-choice">
      <legend className="side-box__title">Boundary layer</legend>
      {layers.length === 0 && <p className="muted">No boundary layers are loaded.</p>}
      {layers.map((l) => (
        <label key={l.id} className="check">
          <input
            type="radio"
            name="boundary-layer"
            value={l.id}
            checked={l.id === value}
            onChange={() => onChange(l.id)}
          />
          <span>
            {l.name}{' '}
            <span className="muted">
              ({formatCount(l.areas)} {l.areas === 1 ? 'area' : 'areas'})
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}
