import type { AreaProperties } from '../../../lib/api/boundaries.ts';
import { formatCount } from '../../../lib/format.ts';
import type { AreaHotspot } from '../api/area-hotspots.ts';
import type { AreaStat } from '../api/areas.ts';
import { AreaFigures } from './area-figures.tsx';
import { AreaGistar } from './area-gistar.tsx';
import { RecordsLink } from './records-link.tsx';
import { StartProblemLink } from './start-problem-link.tsx';

interface Props {
  area: AreaProperties | null;
  /** The area's figures under the filters; undefined while they load. */
  stat: AreaStat | undefined;
  figuresState: 'loading' | 'error' | 'ready';
  layer: string;
  layerName: string;
  isFilter: boolean;
  onFilter: (area: AreaProperties) => void;
  /** The filters keep one area, so no area is compared with the force-wide rate. */
  areaFiltered: boolean;
  /** Shown when the map is coloured by Gi*: the area's class, z and adjusted p. */
  gistar?: { hotspot: AreaHotspot | undefined } | undefined;
}

export function AreaDetails({
  area,
  stat,
  figuresState,
  layer,
  layerName,
  isFilter,
  onFilter,
  areaFiltered,
  gistar,
}: Props) {
  return (
    <section className="side-box area-details" aria-live="polite" data-testid="area-details">
      <h2 className="side-box__title">Area</h2>
      {!area ? (
        <p className="muted">Point at or click an area on the map, or find it by name above.</p>
      ) : (
        <>
          <p className="area-details__name">{area.name}</p>
          <AreaFigures
            stat={stat}
            state={figuresState}
            untestedReason={
              areaFiltered
                ? 'Not compared with the force-wide rate while the filters keep one area.'
                : 'Not compared with the force-wide rate.'
            }
          />
          {gistar && <AreaGistar hotspot={gistar.hotspot} />}
          <dl className="facts">
            <dt>Code</dt>
            <dd>{area.code}</dd>
            <dt>Layer</dt>
            <dd>{layerName}</dd>
            <dt>Residents</dt>
            <dd>{typeof area.population === 'number' ? formatCount(area.population) : 'not known'}</dd>
          </dl>
          {isFilter ? (
            <p className="muted">The dashboard is filtered to this area.</p>
          ) : (
            <button type="button" className="button button--secondary" onClick={() => onFilter(area)}>
              Filter the dashboard to this area
            </button>
          )}
          <StartProblemLink place={`area:${layer}:${area.code}`} />
          <RecordsLink area={`${layer}:${area.code}`} />
        </>
      )}
    </section>
  );
}
