import type { UseQueryResult } from '@tanstack/react-query';
import { formatCount, formatPeriod, formatShare } from '../../../lib/format.ts';
import type { HotspotAccuracy } from '../api/hotspot-accuracy.ts';

const NAMES = {
  grid: 'Grid counts',
  kde: 'Kernel density',
  gistar: 'Gi* (hot at 95%+)',
  emerging: 'Emerging',
};
const two = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const num = (v: number | null) => (v === null ? '–' : two.format(v));

/** PAI and PEI of each method's map of the previous period at predicting this one. */
export function AccuracyTable({ results }: { results: readonly UseQueryResult<HotspotAccuracy>[] }) {
  const rows = results.flatMap((r) => (r.data ? [r.data] : []));
  if (results.some((r) => r.isError)) return <p className="muted">The accuracy could not be measured.</p>;
  if (rows.length < results.length) return <p className="muted">Measuring each map…</p>;
  const first = rows[0] as HotspotAccuracy;
  const best = Math.max(...rows.map((r) => r.pai ?? Number.NEGATIVE_INFINITY));
  return (
    <div className="table-scroll">
      <table className="table accuracy-table" data-testid="accuracy-table">
        <caption className="insights__caption" data-testid="accuracy-windows">
          Each map was made from {formatPeriod(first.training)} (training) and scored on{' '}
          {formatPeriod(first.test)} (test), {formatCount(first.parameters.cell)} m cells. Grid and kernel
          density flag their top {formatShare(first.top ?? 0.05)} of cells; Gi* flags the cells hot at 95% or
          more. PAI = share of test contacts caught ÷ share of area flagged (higher is better); PEI = PAI ÷
          the best possible PAI for that area (1 is perfect).
        </caption>
        <thead>
          <tr>
            <th scope="col">Method</th>
            <th scope="col" className="num">
              Cells flagged
            </th>
            <th scope="col" className="num">
              Area flagged
            </th>
            <th scope="col" className="num">
              Test contacts caught
            </th>
            <th scope="col" className="num">
              PAI
            </th>
            <th scope="col" className="num">
              PEI
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr
              key={r.method}
              data-method={r.method}
              className={r.pai === best ? 'accuracy-table__best' : ''}
            >
              <th scope="row">
                {NAMES[r.method]}
                {r.pai === best && <span className="badge accuracy-table__badge">best</span>}
              </th>
              <td className="num">{formatCount(r.flaggedCells)}</td>
              <td className="num">{r.areaShare === null ? '–' : formatShare(r.areaShare)}</td>
              <td className="num">{r.hitRate === null ? '–' : formatShare(r.hitRate)}</td>
              <td className="num" data-testid={`pai-${r.method}`}>
                {num(r.pai)}
              </td>
              <td className="num" data-testid={`pei-${r.method}`}>
                {num(r.pei)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
