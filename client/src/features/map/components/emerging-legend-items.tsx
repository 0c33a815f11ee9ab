import { EMERGING_COLOURS, emergingLabel } from '../emerging-colours.ts';

/** The emerging patterns present among the cells, strongest first, with how many cells have each. */
export function EmergingLegendItems({ patterns }: { patterns: readonly string[] }) {
  const counts = new Map<string, number>();
  for (const p of patterns) if (p !== 'none') counts.set(p, (counts.get(p) ?? 0) + 1);
  const present = Object.keys(EMERGING_COLOURS).filter((p) => counts.has(p));
  return (
    <>
      {present.map((p) => (
        <li key={p}>
          <span className="map-legend__swatch" style={{ background: EMERGING_COLOURS[p] }} aria-hidden />
          <span className="map-legend__range">{emergingLabel(p)}</span>
          <span className="map-legend__areas">{counts.get(p)}</span>
        </li>
      ))}
    </>
  );
}
