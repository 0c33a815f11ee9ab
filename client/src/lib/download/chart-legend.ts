export interface LegendEntry {
  label: string;
  colour: string;
}

export const LEGEND_ROW = 20;

/** Recharts' legend entries (HTML beside the SVG): each label with its mark's colour. */
export function chartLegend(container: HTMLElement): LegendEntry[] {
  return [...container.querySelectorAll<HTMLElement>('.recharts-legend-item')].map((item) => {
    const mark = item.querySelector('path, line, rect');
    const colour =
      mark?.getAttribute('fill') && mark.getAttribute('fill') !== 'none'
        ? (mark.getAttribute('fill') ?? '#000')
        : (mark?.getAttribute('stroke') ?? '#000');
    return { label: item.textContent.trim(), colour };
  });
}

/** Draws the entries in one centred row of coloured squares and labels. */
export function drawLegend(
  ctx: CanvasRenderingContext2D,
  entries: readonly LegendEntry[],
  y: number,
  width: number,
) {
  if (entries.length === 0) return;
  ctx.font = '12px system-ui, sans-serif';
  const widths = entries.map((e) => 18 + ctx.measureText(e.label).width + 16);
  let x = Math.max(8, (width - widths.reduce((s, w) => s + w, 0)) / 2);
  entries.forEach((e, i) => {
    ctx.fillStyle = e.colour;
    ctx.fillRect(x, y + 4, 12, 12);
    ctx.fillStyle = '#1f2933';
    ctx.fillText(e.label, x + 18, y + 14);
    x += widths[i] ?? 0;
  });
}
