import type { AreaHotspots } from '../api/area-hotspots.ts';
import type { AreaStats } from '../api/areas.ts';
import type { ColourClass, Measure } from '../choropleth.ts';
import { GistarLegend } from './gistar-legend.tsx';
import { MapLegend } from './map-legend.tsx';
import { VersusLegend } from './versus-legend.tsx';

interface Props {
  measure: Measure;
  stats: AreaStats | undefined;
  /** Gi* hot and cold areas, when the map is coloured by them. */
  gi?: AreaHotspots | undefined;
  figures: { classes: readonly ColourClass[]; noResidents: number; hasLegend: boolean };
}

/** The key to the area colours: quantile classes of a rate or count, the force-rate verdicts or Gi* classes. */
export function AreaLegend({ measure, stats, gi, figures }: Props) {
  if (!figures.hasLegend) return null;
  if (measure === 'gistar') return gi ? <GistarLegend gi={gi} /> : null;
  if (measure === 'versus') return stats ? <VersusLegend stats={stats} /> : null;
  return <MapLegend measure={measure} classes={figures.classes} noResidents={figures.noResidents} />;
}
