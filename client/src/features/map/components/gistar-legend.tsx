import type { AreaHotspots } from '../api/area-hotspots.ts';
import { AREA_CLASS_ORDER, areaClassColour } from '../area-gistar-colours.ts';
import { CLASS_LABELS } from '../hotspot-colours.ts';

const areas = (n: number) => `${n} ${n === 1 ? 'area' : 'areas'}`;

/** The key to the Gi* hot and cold areas (classes that occur), the rule in short and in full. */
export function GistarLegend({ gi }: { gi: AreaHotspots }) {
  const count = (c: string) => gi.areas.filter((a) => a.class === c).length;
  const shown = AREA_CLASS_ORDER.filter((c) => c === 'not_significant' || count(c) > 0);
  const islands = gi.summary.islands.length;
  const value = gi.method.value === 'rate' ? 'contacts per 1,000 residents' : 'numbers of contacts';
  return (
    <div className="map-legend" data-testid="map-legend">
      <p className="map-legend__title">Gi* hot and cold areas</p>
      <ul className="map-legend__classes">
        {shown.map((c) => (
          <li key={c} data-class={c}>
            <span className="map-legend__swatch" style={{ background: areaClassColour(c) }} aria-hidden />
            <span className="map-legend__range">{CLASS_LABELS[c]}</span>
            <span className="map-legend__areas">{areas(count(c))}</span>
          </li>
        ))}
        {islands > 0 && (
          <li>
            <span className="map-legend__swatch map-legend__swatch--hatch" aria-hidden="true" />
            <span className="map-legend__range">No neighbours, not tested</span>
            <span className="map-legend__areas">{areas(islands)}</span>
          </li>
        )}
      </ul>
      <p className="map-legend__note">
        Getis-Ord Gi* on {value}; queen contiguity, binary weights, each area with its neighbours;
        Benjamini-Hochberg FDR.
      </p>
      <details className="map-legend__rule">
        <summary>The rule in full</summary>
        <p className="map-legend__note" data-testid="gistar-rule">
          {gi.method.rule} {gi.method.valueNote}
        </p>
      </details>
    </div>
  );
}
