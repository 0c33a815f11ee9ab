import { useState, type FormEvent } from 'react';
import type { HotspotMap } from '../api/hotspots.ts';
import type { MapView, SizeKey } from '../use-hotspot-view.ts';

interface Props {
  view: MapView;
  sizes: Record<SizeKey, string | null>;
  /** The last answer, for the defaults and the sizes in use. */
  hotspots: HotspotMap | undefined;
  onChange: (changes: Partial<Record<'view' | SizeKey, string | null>>) => void;
}

const VIEWS: readonly { view: MapView; label: string }[] = [
  { view: 'areas', label: 'Area rates' },
  { view: 'grid', label: 'Grid counts' },
  { view: 'kde', label: 'Kernel density' },
  { view: 'gistar', label: 'Gi* hot and cold spots' },
  { view: 'emerging', label: 'Emerging hot spots' },
];
const SIZES: readonly { key: SizeKey; label: string; for: MapView[] }[] = [
  { key: 'cell', label: 'Cell size', for: ['grid', 'kde', 'gistar', 'emerging'] },
  { key: 'band', label: 'Gi* band', for: ['gistar', 'emerging'] },
  { key: 'bandwidth', label: 'KDE bandwidth', for: ['kde'] },
];

/** The map layer and, for a hotspot layer, its sizes in metres (blank for the default shown). */
export function HotspotControls({ view, sizes, hotspots, onChange }: Props) {
  const [draft, setDraft] = useState(sizes);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onChange(draft);
  };
  const defaults = hotspots?.defaults;
  return (
    <fieldset className="side-box hotspot-controls">
      <legend className="side-box__title">Map layer</legend>
      {VIEWS.map((v) => (
        <label key={v.view} className="check">
          <input
            type="radio"
            name="map-view"
            value={v.view}
            checked={view === v.view}
            onChange={() => onChange({ view: v.view })}
          />
          <span>{v.label}</span>
        </label>
      ))}
      {view !== 'areas' && (
        <form className="hotspot-controls__sizes" onSubmit={submit}>
          {SIZES.filter((s) => s.for.includes(view)).map((s) => (
            <label key={s.key} className="hotspot-controls__size">
              <span>{s.label} (m)</span>
              <input
                type="number"
                min={50}
                step={10}
                inputMode="numeric"
                value={draft[s.key] ?? ''}
                placeholder={defaults ? String(defaults[s.key]) : ''}
                onChange={(e) => setDraft({ ...draft, [s.key]: e.target.value || null })}
              />
              <span className="muted">default {defaults ? `${defaults[s.key]} m` : '…'}</span>
            </label>
          ))}
          <button type="submit" className="button button--secondary">
            Apply
          </button>
        </form>
      )}
      {view !== 'areas' && hotspots && !hotspots.summary.reliable && (
        <p className="hotspot-controls__warning" role="alert" data-testid="sparse-warning">
          Only {hotspots.summary.meanPerCell.toFixed(2)} contacts per cell on average: too few for reliable
          results. Try a larger cell or a longer period.
        </p>
      )}
    </fieldset>
  );
}
