import { formatCount, formatRateWithInterval } from '../../../lib/format.ts';
import type { AreaStats } from '../api/areas.ts';

interface Props {
  stats: AreaStats;
  /** The filters keep one area's contacts, so every other area's residents would dilute the rate. */
  areaFiltered: boolean;
}

/** The whole layer's rate: the yardstick for any one area's. */
export function LayerTotal({ stats, areaFiltered }: Props) {
  const t = stats.total;
  const { rate, rateLow, rateHigh } = t;
  return (
    <section className="side-box" aria-labelledby="layer-total-title" data-testid="layer-total">
      <h2 id="layer-total-title" className="side-box__title">
        All areas
      </h2>
      <p className="side-box__figure">
        {formatCount(t.contacts)} {t.contacts === 1 ? 'contact' : 'contacts'}
      </p>
      {areaFiltered ? (
        <p className="muted side-box__text">
          No rate for the whole layer while the filters keep one area: the residents of the others would
          dilute it.
        </p>
      ) : rate !== null && rateLow !== null && rateHigh !== null ? (
        <p className="side-box__text">{formatRateWithInterval({ rate, rateLow, rateHigh })}</p>
      ) : (
        <p className="muted side-box__text">No resident counts, so no rate.</p>
      )}
      {stats.significance && (
        <p className="side-box__note" data-testid="layer-versus-force">
          {`${stats.significance.above} of ${stats.significance.tested} areas significantly above the force-wide rate, ${stats.significance.below} below (exact Poisson test, Benjamini-Hochberg, 5%).`}
        </p>
      )}
      {t.contactsWithPopulation < t.contacts && rate !== null && !areaFiltered && (
        <p className="muted side-box__note">
          The rate leaves out {formatCount(t.contacts - t.contactsWithPopulation)} contacts in areas without
          residents.
        </p>
      )}
      {t.outsideLayer > 0 && (
        <p className="muted side-box__note">
          {formatCount(t.outsideLayer)} matching {t.outsideLayer === 1 ? 'contact lies' : 'contacts lie'}{' '}
          outside these areas and {t.outsideLayer === 1 ? 'is' : 'are'} not on the map.
        </p>
      )}
    </section>
  );
}
