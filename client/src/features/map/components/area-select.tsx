import type { AreaProperties } from '../../../lib/api/boundaries.ts';

interface Props {
  areas: readonly AreaProperties[];
  value: string | null;
  onChange: (code: string | null) => void;
}

/** Finds an area by name: the keyboard route to what the mouse does on the map. */
export function AreaSelect({ areas, value, onChange }: Props) {
  return (
    <div className="side-box field">
      <label className="side-box__title" htmlFor="map-area">
        Find an area
      </label>
      <select
        id="map-area"
        className="input"
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value || null)}
        disabled={areas.length === 0}
      >
        <option value="">Choose an area…</option>
        {areas.map((a) => (
          <option key={a.code} value={a.code}>
            {a.name}
          </option>
        ))}
      </select>
    </div>
  );
}
