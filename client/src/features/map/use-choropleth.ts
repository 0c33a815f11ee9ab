import { useCallback, useMemo } from 'react';
import type { AreaProperties } from '../../lib/api/boundaries.ts';
import { formatCount, formatRate } from '../../lib/format.ts';
import type { AreaStat, AreaStats } from './api/areas.ts';
import { colourOf, quantileClasses, valueOf, type Measure } from './choropleth.ts';
import { PLAIN_FILL } from './components/area-style.ts';

/** Classes, fills and tooltips for the areas' figures; plain fills until the figures arrive. */
export function useChoropleth(stats: AreaStats | undefined, measure: Measure) {
  const byCode = useMemo(() => new Map((stats?.areas ?? []).map((a) => [a.code, a])), [stats]);
  const classes = useMemo(() => {
    const values = (stats?.areas ?? []).map((a) => valueOf(a, measure));
    return quantileClasses(values.filter((v): v is number => v !== null));
  }, [stats, measure]);
  const noResidents = useMemo(() => (stats?.areas ?? []).filter((a) => a.rate === null).length, [stats]);

  const fillOf = useCallback(
    (code: string) => {
      const a = byCode.get(code);
      return a ? colourOf(valueOf(a, measure), classes) : PLAIN_FILL;
    },
    [byCode, measure, classes],
  );
  const labelOf = useCallback(
    (area: AreaProperties) => `${area.name}: ${figure(byCode.get(area.code), measure)}`,
    [byCode, measure],
  );
  return { byCode, classes, noResidents, fillOf, labelOf };
}

function figure(a: AreaStat | undefined, measure: Measure): string {
  if (!a) return 'loading…';
  if (measure === 'count' || a.rate === null) {
    return `${formatCount(a.contacts)} ${a.contacts === 1 ? 'contact' : 'contacts'}`;
  }
  return `${formatRate(a.rate)} per 1,000 residents`;
}
