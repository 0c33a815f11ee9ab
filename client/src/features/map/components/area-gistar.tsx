import type { AreaHotspot } from '../api/area-hotspots.ts';
import { areaClassColour } from '../area-gistar-colours.ts';
import { CLASS_LABELS } from '../hotspot-colours.ts';

const twoDecimals = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
const pValue = (p: number) => (p < 0.0001 ? '< 0.0001' : p.toPrecision(2));
const neighbours = (n: number) => `${n} neighbouring ${n === 1 ? 'area' : 'areas'}`;

/** The area's Gi* class with its z and adjusted p (the board sees the class alone). */
export function AreaGistar({ hotspot: h }: { hotspot: AreaHotspot | undefined }) {
  if (!h) return <p className="muted versus-force">Loading the Gi* figures…</p>;
  if (h.class === null) {
    return (
      <p className="muted versus-force" data-testid="area-gistar" data-class="none">
        No neighbouring areas, so no Gi*: not tested.
      </p>
    );
  }
  return (
    <p className="versus-force" data-testid="area-gistar" data-class={h.class}>
      <span className="versus-force__swatch" style={{ background: areaClassColour(h.class) }} aria-hidden />
      <strong>{CLASS_LABELS[h.class]}</strong>
      <span className="muted">
        {' '}
        (
        {h.z !== null && h.pAdjusted !== null
          ? `Gi* z ${twoDecimals.format(h.z)}, adjusted p ${pValue(h.pAdjusted)}; `
          : ''}
        {neighbours(h.neighbours.length)})
      </span>
    </p>
  );
}
