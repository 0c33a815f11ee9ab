import { formatCount, formatRateWithInterval } from '../../../lib/format.ts';
import type { AreaStat } from '../api/areas.ts';

interface Props {
  stat: AreaStat | undefined;
  state: 'loading' | 'error' | 'ready';
}

/** An area's contacts and its rate in words, never a bare rate without its interval. */
export function AreaFigures({ stat, state }: Props) {
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
    </div>
  );
}
