import { anscombe } from '../../analytics/hotspot/anscombe.ts';
import { giStarGrid } from '../../analytics/hotspot/gi-star-grid.ts';
import type { EmergingResult } from '../../analytics/hotspot/emerging-hotspots.ts';
import type { GiStarResult } from '../../analytics/hotspot/gi-star.ts';
import { cellPoints } from '../../analytics/hotspot/grid.ts';
import { kernelDensity } from '../../analytics/hotspot/kernel-density.ts';
import { ANSCOMBE_BELOW_MEAN } from '../../contract/hotspots.ts';
import type { HotspotParams } from './hotspot-params.ts';
import type { StudyArea } from './study-area.ts';

export interface MethodResult {
  mean: number;
  transform: 'anscombe' | 'none';
  density?: Float64Array;
  giStar?: GiStarResult;
  emerging?: EmergingResult;
}

/** The chosen statistic over the study-area grid; Gi* runs on Anscombe counts when they are sparse. */
export function runMethod(area: StudyArea, counts: Float64Array, p: HotspotParams): MethodResult {
  const valueGrid = { ...area.grid, counts, inStudyArea: area.mask };
  let total = 0;
  for (let k = 0; k < counts.length; k++) if (area.mask[k]) total += counts[k] as number;
  const mean = area.cells > 0 ? total / area.cells : 0;
  // Only Gi* needs the transform; counts and densities are shown as they are.
  const transform = p.method === 'gistar' && mean < ANSCOMBE_BELOW_MEAN ? 'anscombe' : 'none';
  if (p.method === 'kde') {
    const { points, weights } = cellPoints(valueGrid);
    return { mean, transform, density: kernelDensity(area.grid, points, weights, p.bandwidth) };
  }
  if (p.method === 'gistar') {
    const values = transform === 'anscombe' ? anscombe(counts) : counts;
    return { mean, transform, giStar: giStarGrid({ ...valueGrid, counts: values }, { band: p.band }) };
  }
  return { mean, transform };
}
