import { formatCount } from '../../../lib/format.ts';
import type { HotspotClass, HotspotMap } from '../api/hotspots.ts';
import { HotspotClass as HotspotClassSchema } from '../../../../../server/contract/hotspots.ts';
import type { ColourClass } from '../choropleth.ts';
import { CLASS_COLOURS, CLASS_LABELS } from '../hotspot-colours.ts';
import { EmergingLegendItems } from './emerging-legend-items.tsx';

interface Props {
  hotspots: HotspotMap;
  classes: readonly ColourClass[];
}

const TITLE = {
  grid: 'Contacts per cell',
  kde: 'Kernel density (contacts per km²)',
  gistar: 'Getis-Ord Gi*',
  emerging: 'Emerging hotspots',
};
const ORDER: readonly HotspotClass[] = HotspotClassSchema.options;
const density = new Intl.NumberFormat('en-GB', { maximumSignificantDigits: 3 });

/** The key to a hotspot layer's colours and the parameters that made it. */
export function HotspotLegend({ hotspots: h, classes }: Props) {
  const format = h.method === 'kde' ? (v: number) => density.format(v) : formatCount;
  const p = h.parameters;
  const shown = h.cells.classes ?? [];
  return (
    <div className="map-legend" data-testid="map-legend">
      <p className="map-legend__title">{TITLE[h.method]}</p>
      <ul className="map-legend__classes">
        {h.method === 'emerging' ? (
          <EmergingLegendItems patterns={h.cells.emerging ?? []} />
        ) : h.method === 'gistar' ? (
          ORDER.map((c) => (
            <li key={c}>
              <span
                className="map-legend__swatch"
                style={{ background: c === 'not_significant' ? '#f4f6f8' : CLASS_COLOURS[c] }}
                aria-hidden
              />
              <span className="map-legend__range">
                {CLASS_LABELS[c]}
                {c === 'not_significant' && ' (no fill)'}
              </span>
              <span className="map-legend__areas">{shown.filter((x) => x === c).length}</span>
            </li>
          ))
        ) : (
          [...classes].reverse().map((c) => (
            <li key={c.high}>
              <span className="map-legend__swatch" style={{ background: c.colour }} aria-hidden />
              <span className="map-legend__range">
                {c.low === c.high ? format(c.low) : `${format(c.low)} – ${format(c.high)}`}
              </span>
              <span className="map-legend__areas">{c.areas} cells</span>
            </li>
          ))
        )}
      </ul>
      <p className="map-legend__note" data-testid="hotspot-parameters">
        {`${formatCount(p.cell)} m cells`}
        {(h.method === 'gistar' || h.method === 'emerging') &&
          `, band ${formatCount(p.band)} m, ${p.transform === 'anscombe' ? 'Anscombe-transformed counts' : 'raw counts'}, Benjamini-Hochberg FDR`}
        {h.method === 'kde' && `, quartic kernel, bandwidth ${formatCount(p.bandwidth)} m`}
        {h.method === 'grid' && '. Quantile classes of cells with contacts.'}
        {h.method === 'kde' && '. Classes cut at the 50th, 75th, 90th and 97.5th percentiles.'}
        {h.method === 'emerging' && h.emerging && emergingNote(h.emerging)}
      </p>
    </div>
  );
}

function emergingNote(e: NonNullable<HotspotMap['emerging']>): string {
  const slices = `${e.slices} ${e.slice === 'quarter' ? 'quarterly' : 'monthly'} slices`;
  const why = e.slice === 'month' ? ' (quarterly over 2 years or more)' : '';
  return `; Gi* at 90% in each of ${slices}${why} with a Mann-Kendall trend of z. Cells with fewer than ${e.minContacts} contacts in the period are not classed: too few to show a pattern.`;
}
