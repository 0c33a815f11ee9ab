import { formatCount } from '../../../lib/format.ts';
import type { HotPlace } from '../api/hot-places.ts';
import type { HotspotMap } from '../api/hotspots.ts';
import { emergingLabel } from '../emerging-colours.ts';
import { CLASS_LABELS } from '../hotspot-colours.ts';
import { CellTrend } from './cell-trend.tsx';
import { RecordsLink } from './records-link.tsx';
import { StartProblemLink } from './start-problem-link.tsx';
import { hotCluster } from '../hot-cluster.ts';
import { MAX_PROBLEM_CELLS } from '../../../../../server/contract/tasking.ts';

interface Props {
  hotspots: HotspotMap | undefined;
  id: string | null;
  filters: Record<string, string>;
  onPlace?: (place: HotPlace) => void;
  /** The role may open the cell's profile (not the board). */
  detail: boolean;
}

const num = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 });
const pValue = (p: number) => (p < 0.0001 ? '< 0.0001' : p.toPrecision(2));

/** The figures of the clicked cell, as the API gives them. */
export function CellDetails({ hotspots: h, id, filters, onPlace, detail }: Props) {
  const i = h && id ? h.cells.ids.indexOf(id) : -1;
  const c = h?.cells;
  const cluster = h && i >= 0 ? hotCluster(h.cells, i, MAX_PROBLEM_CELLS) : [];
  return (
    <section className="side-box cell-details" aria-live="polite" data-testid="cell-details">
      <h2 className="side-box__title">Cell</h2>
      {!c || i < 0 ? (
        <p className="muted">Click a cell on the map to see its figures.</p>
      ) : (
        <>
          <dl className="facts" data-cell={id}>
            <dt>Contacts</dt>
            <dd data-testid="cell-count">{formatCount(c.counts[i] as number)}</dd>
            {c.density && (
              <>
                <dt>Density</dt>
                <dd data-testid="cell-density">{num.format(c.density[i] as number)} per km²</dd>
              </>
            )}
            {c.z && c.p && c.pAdjusted && c.classes && (
              <>
                <dt>Gi* z</dt>
                <dd data-testid="cell-z">{num.format(c.z[i] as number)}</dd>
                <dt>p</dt>
                <dd data-testid="cell-p">{pValue(c.p[i] as number)}</dd>
                <dt>Adjusted p (FDR)</dt>
                <dd data-testid="cell-p-adjusted">{pValue(c.pAdjusted[i] as number)}</dd>
                <dt>Class</dt>
                <dd data-testid="cell-class">{CLASS_LABELS[c.classes[i] ?? 'not_significant']}</dd>
              </>
            )}
            {c.emerging && c.trendZ && c.trendP && (
              <>
                <dt>Pattern</dt>
                <dd data-testid="cell-pattern">{emergingLabel(c.emerging[i] ?? 'none')}</dd>
                <dt>Trend of z</dt>
                <dd data-testid="cell-trend-z">
                  {num.format(c.trendZ[i] as number)} (p {pValue(c.trendP[i] as number)})
                </dd>
              </>
            )}
            <dt>Centre (BNG)</dt>
            <dd>
              {formatCount(c.easting[i] as number)} E, {formatCount(c.northing[i] as number)} N
            </dd>
            <dt>Cell</dt>
            <dd>{id}</dd>
          </dl>
          <RecordsLink cell={id as string} />
          <StartProblemLink place={`cells:${id}`} />
          {cluster.length > 1 && (
            <StartProblemLink
              place={`cells:${cluster.join(',')}`}
              label={`Start a problem on its hot cluster (${cluster.length} cells)`}
            />
          )}
          {detail && <CellTrend id={id as string} filters={filters} onPlace={onPlace} />}
        </>
      )}
    </section>
  );
}
