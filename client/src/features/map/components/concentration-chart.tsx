import { ConcentrationCurves } from '../../../components/concentration-curves.tsx';
import { formatCount, formatShare } from '../../../lib/format.ts';
import { PALETTE } from '../../../lib/palette.ts';
import type { HotPlaces } from '../api/hot-places.ts';

const share = (v: number | null) => (v === null ? '–' : formatShare(v));
const points = (curve: HotPlaces['byPlace']['curve']) =>
  curve.map((p) => ({ share: p.unitShare, value: p.contactShare }));

/** Share of contacts in the busiest x% of places and of grid cells, against an even spread. */
export function ConcentrationChart({ data }: { data: HotPlaces }) {
  const { byPlace, byCell } = data;
  return (
    <div className="concentration" data-testid="concentration">
      <p className="insights__caption" data-testid="concentration-summary">
        The busiest 1% of places hold {share(byPlace.top1)} of contacts and the busiest 5% hold{' '}
        {share(byPlace.top5)} ({formatCount(byPlace.units)} places with a contact). The busiest 5% of{' '}
        {formatCount(byCell.cell)} m cells hold {share(byCell.top5)} ({formatCount(byCell.units)} cells in the
        study area, empty ones included).
      </p>
      <ConcentrationCurves
        series={[
          { name: 'Places', color: PALETTE.vermillion, curve: points(byPlace.curve) },
          { name: 'Grid cells', color: PALETTE.blue, curve: points(byCell.curve) },
        ]}
        evenName="Even spread"
        xLabel="Busiest share of places or cells"
        ariaLabel="Concentration curves of contacts over places and over grid cells"
        height={260}
      />
    </div>
  );
}
