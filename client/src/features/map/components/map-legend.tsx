import { formatCount, formatRate } from '../../../lib/format.ts';
import type { ColourClass, Measure } from '../choropleth.ts';

interface Props {
  /** Rate or count; the force-rate comparison has its own legend (VersusLegend). */
  measure: Measure;
  classes: readonly ColourClass[];
  /** Areas without residents, shown hatched when colouring by rate. */
  noResidents: number;
}

const TITLE: Record<Measure, string> = {
  rate: 'Contacts per 1,000 residents',
  count: 'Contacts',
  versus: 'Contacts per 1,000 residents',
  gistar: 'Contacts per 1,000 residents',
};

/** The key to the colours, over the map's lower left corner. */
export function MapLegend({ measure, classes, noResidents }: Props) {
  const format = measure === 'rate' ? formatRate : formatCount;
  return (
    <div className="map-legend" data-testid="map-legend">
      <p className="map-legend__title">{TITLE[measure]}</p>
      <ul className="map-legend__classes">
        {[...classes].reverse().map((c) => (
          <li key={c.high}>
            <span className="map-legend__swatch" style={{ background: c.colour }} aria-hidden="true" />
            <span className="map-legend__range">
              {c.low === c.high ? format(c.low) : `${format(c.low)} – ${format(c.high)}`}
            </span>
            <span className="map-legend__areas">
              {c.areas} {c.areas === 1 ? 'area' : 'areas'}
            </span>
          </li>
        ))}
        {measure === 'rate' && noResidents > 0 && (
          <li>
            <span className="map-legend__swatch map-legend__swatch--hatch" aria-hidden="true" />
            <span className="map-legend__range">No residents</span>
            <span className="map-legend__areas">
              {noResidents} {noResidents === 1 ? 'area' : 'areas'}
            </span>
          </li>
        )}
      </ul>
      <p className="map-legend__note">Quantile classes: about equal numbers of areas in each.</p>
    </div>
  );
}
