import type { AreaStat } from '../api/areas.ts';
import { VERSUS_COLOURS, VERSUS_LABELS } from '../versus-colours.ts';

const oneDecimal = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const pValue = (p: number) => (p < 0.0001 ? '< 0.0001' : p.toPrecision(2));

/** Whether the area's count is significantly above or below its residents x the force-wide rate. */
export function VersusForce({ stat, untestedReason }: { stat: AreaStat; untestedReason: string }) {
  const { versusForce: verdict, expected, pAdjusted } = stat;
  if (verdict === null || expected === null || pAdjusted === null) {
    return <p className="muted versus-force">{untestedReason}</p>;
  }
  return (
    <p className="versus-force" data-testid="area-versus-force" data-verdict={verdict}>
      <span className="versus-force__swatch" style={{ background: VERSUS_COLOURS[verdict] }} aria-hidden />
      <strong>{VERSUS_LABELS[verdict]}</strong>
      <span className="muted">
        {' '}
        ({oneDecimal.format(expected)} expected at the force rate; adjusted p {pValue(pAdjusted)})
      </span>
    </p>
  );
}
