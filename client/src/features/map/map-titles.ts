import { formatPeriod } from '../../lib/format.ts';
import type { Measure } from './choropleth.ts';
import type { MapView } from './use-hotspot-view.ts';

// Under hotspot cells the boundaries are only a base map.
export const baseFill = () => '#f4f6f8';
const AREA_TITLES: Record<Measure, string> = {
  rate: 'Contacts per 1,000 residents',
  count: 'Contacts',
  versus: 'Rate against the force-wide rate',
  gistar: 'Gi* hot and cold spots',
};
export const areaTitle = (m: Measure) => AREA_TITLES[m];
const HOTSPOT_TITLES: Record<MapView, string> = {
  areas: '',
  grid: 'Contacts per grid cell',
  kde: 'Kernel density',
  gistar: 'Gi* hot and cold spots',
  emerging: 'Emerging hotspots',
};
export const hotspotTitle = (v: MapView) => HOTSPOT_TITLES[v];

export function describeHotspots(period: { from: string; to: string } | null) {
  const when = period ? `${formatPeriod(period)}, with the filters above. ` : '';
  return `${when}Square cells in British National Grid metres over the study area; click a cell for its figures.`;
}

export function describe(
  period: { from: string; to: string } | null,
  measure: Measure,
  areaFiltered: boolean,
) {
  const when = period ? `${formatPeriod(period)}, with the filters above. ` : '';
  const what =
    measure === 'gistar'
      ? 'Red areas sit in significant clusters of high values with their neighbours, blue in clusters of low values.'
      : measure === 'versus'
        ? 'Red areas have significantly more contacts than their residents at the force-wide rate would give, blue significantly fewer.'
        : measure === 'rate'
          ? 'Darker areas have more contacts for their number of residents.'
          : 'Darker areas have more contacts; larger areas tend to have more.';
  const only = areaFiltered ? ' Only contacts in the filter area count, so areas outside it show none.' : '';
  return `${when}${what}${only}`;
}
