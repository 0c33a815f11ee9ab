import { HEAT } from '../heat-palette.ts';

/** The colour scale of the heat map, lightest for the fewest. */
export function HeatLegend({ max }: { max: number }) {
  return (
    <div className="heat-legend" data-testid="heat-legend">
      <span>0</span>
      <ol className="heat-legend__steps" aria-hidden="true">
        {HEAT.map((c) => (
          <li key={c} style={{ background: c }} />
        ))}
      </ol>
      <span>{max.toFixed(1)} contacts per hour-cell</span>
    </div>
  );
}
