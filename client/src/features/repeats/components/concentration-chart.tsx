import type { RepeatConcentration } from '../../../../../server/contract/repeats.ts';
import { ConcentrationCurves } from '../../../components/concentration-curves.tsx';
import { formatShare } from '../../../lib/format.ts';
import { PALETTE } from '../../../lib/palette.ts';

const top10 = (v: number | null) => (v === null ? 'no complaints' : formatShare(v));
const points = (curve: RepeatConcentration['callers']['curve']) =>
  curve.map((p) => ({ share: p.referenceShare, value: p.complaintShare }));

/** Share of complaints from the busiest share of callers and of places; the diagonal is no concentration. */
export function ConcentrationChart({ data }: { data: RepeatConcentration }) {
  return (
    <ConcentrationCurves
      className="concentration-chart"
      series={[
        { name: 'Callers', color: PALETTE.blue, curve: points(data.callers.curve) },
        { name: 'Places', color: PALETTE.orange, curve: points(data.locations.curve) },
      ]}
      evenName="No concentration"
      xLabel="Busiest share of references"
      yLabel="Share of complaints"
      ariaLabel={`Concentration curve: the busiest 10% of callers made ${top10(data.callers.top10)} of complaints; the busiest 10% of places had ${top10(data.locations.top10)}.`}
      height={300}
    />
  );
}
