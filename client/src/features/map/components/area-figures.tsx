import { formatCount, formatRateWithInterval } from '../../../lib/format.ts';
import type { AreaStat } from '../api/areas.ts';
import { VersusForce } from './versus-force.tsx';

interface Props {
  stat: AreaStat | undefined;
  state: 'loading' | 'error' | 'ready';
  /** Why no area was tested against the force-wide rate (one area in the filters, no residents). */
  untestedReason: string;
}

/** An area's contacts, its rate in words (never a bare rate without its interval) and how it compares with the force. */
export function AreaFigures({ stat, state, untestedReason }: Props) {
  if (!stat) {
    return (
      <p className="muted area-figures">
        {state === 'error' ? 'The figures could not be loaded.' : 'Loading the figures…'}
      </p>
    );
  }
  const { rate, rateLow, rateHigh } = stat;
  return (
    <div className="area-figures" data-testid="area-figures">
      <p className="area-figures__count" data-testid="area-contacts">
        <strong>{formatCount(stat.contacts)}</strong> {stat.contacts === 1 ? 'contact' : 'contacts'} in the
        period
      </p>
      <p className="area-figures__rate" data-testid="area-rate">
        {rate !== null && rateLow !== null && rateHigh !== null
          ? formatRateWithInterval({ rate, rateLow, rateHigh })
          : 'No residents recorded, so no rate.'}
      </p>
      {rate !== null && <VersusForce stat={stat} untestedReason={untestedReason} />}
    </div>
  );
}
