import type { AreaStats } from '../api/areas.ts';
import { formatRate } from '../../../lib/format.ts';
import { VERSUS_COLOURS, VERSUS_LABELS, VERSUS_ORDER } from '../versus-colours.ts';

/** The key to the above / below the force rate colours, with the rule that made them. */
export function VersusLegend({ stats }: { stats: AreaStats }) {
  const s = stats.significance;
  if (!s) return null;
  const count = (v: string) => stats.areas.filter((a) => a.versusForce === v).length;
  return (
    <div className="map-legend" data-testid="map-legend">
      <p className="map-legend__title">Against the force-wide rate ({formatRate(s.forceRate)} per 1,000)</p>
      <ul className="map-legend__classes">
        {VERSUS_ORDER.map((v) => (
          <li key={v}>
            <span
              className="map-legend__swatch"
              style={{ background: VERSUS_COLOURS[v] }}
              aria-hidden="true"
            />
            <span className="map-legend__range">{VERSUS_LABELS[v]}</span>
            <span className="map-legend__areas">{count(v)}</span>
          </li>
        ))}
        {s.tested < stats.areas.length && (
          <li>
            <span className="map-legend__swatch map-legend__swatch--hatch" aria-hidden="true" />
            <span className="map-legend__range">No residents, not tested</span>
            <span className="map-legend__areas">{stats.areas.length - s.tested}</span>
          </li>
        )}
      </ul>
      <p className="map-legend__note" data-testid="versus-rule">
        {s.rule}
      </p>
    </div>
  );
}
