import { useCallback, useMemo } from 'react';
import type { AreaProperties } from '../../lib/api/boundaries.ts';
import { formatCount, formatRate } from '../../lib/format.ts';
import type { AreaHotspot, AreaHotspots } from './api/area-hotspots.ts';
import type { AreaStat, AreaStats } from './api/areas.ts';
import { areaClassColour } from './area-gistar-colours.ts';
import { colourOf, quantileClasses, valueOf, type Measure } from './choropleth.ts';
import { PLAIN_FILL } from './components/area-style.ts';
import { CLASS_LABELS } from './hotspot-colours.ts';
import { VERSUS_COLOURS, VERSUS_LABELS } from './versus-colours.ts';

/** Classes, fills and tooltips for the areas' figures (and Gi* classes); plain fills until they arrive. */
export function useChoropleth(stats: AreaStats | undefined, measure: Measure, gi?: AreaHotspots) {
  const byCode = useMemo(() => new Map((stats?.areas ?? []).map((a) => [a.code, a])), [stats]);
  const hotspotByCode = useMemo(() => new Map((gi?.areas ?? []).map((a) => [a.code, a])), [gi]);
  const classes = useMemo(() => {
    const values = (stats?.areas ?? []).map((a) => valueOf(a, measure));
    return quantileClasses(values.filter((v): v is number => v !== null));
  }, [stats, measure]);
  const noResidents = useMemo(() => (stats?.areas ?? []).filter((a) => a.rate === null).length, [stats]);

  const fillOf = useCallback(
    (code: string) => {
      const a = byCode.get(code);
      if (measure === 'gistar') {
        const h = hotspotByCode.get(code);
        return h ? areaClassColour(h.class) : PLAIN_FILL;
      }
      if (a && measure === 'versus')
        return a.versusForce ? VERSUS_COLOURS[a.versusForce] : colourOf(null, classes);
      return a ? colourOf(valueOf(a, measure), classes) : PLAIN_FILL;
    },
    [byCode, hotspotByCode, measure, classes],
  );
  const labelOf = useCallback(
    (area: AreaProperties) =>
      measure === 'gistar'
        ? `${area.name}: ${hotspotFigure(hotspotByCode.get(area.code))}`
        : `${area.name}: ${figure(byCode.get(area.code), measure)}`,
    [byCode, hotspotByCode, measure],
  );
  const hasLegend =
    measure === 'gistar' ? !!gi : measure === 'versus' ? !!stats?.significance : classes.length > 0;
  return { byCode, hotspotByCode, classes, noResidents, fillOf, labelOf, hasLegend };
}

function hotspotFigure(h: AreaHotspot | undefined): string {
  if (!h) return 'loading…';
  return h.class === null ? 'no neighbours, not tested' : CLASS_LABELS[h.class].toLowerCase();
}

function figure(a: AreaStat | undefined, measure: Measure): string {
  if (!a) return 'loading…';
  if (measure === 'versus' && a.versusForce) return VERSUS_LABELS[a.versusForce].toLowerCase();
  if (measure === 'count' || a.rate === null) {
    return `${formatCount(a.contacts)} ${a.contacts === 1 ? 'contact' : 'contacts'}`;
  }
  return `${formatRate(a.rate)} per 1,000 residents`;
}
