import { chartLegend, drawLegend, LEGEND_ROW } from './chart-legend.ts';
import { saveFile } from './save-file.ts';

/** The chart's own SVG: the largest in the container (Recharts draws legend marks as small SVGs too). */
function chartSvg(container: HTMLElement): SVGSVGElement | null {
  const area = (s: SVGSVGElement) => s.getBoundingClientRect().width * s.getBoundingClientRect().height;
  const all = [...container.querySelectorAll<SVGSVGElement>('svg')];
  return all.sort((a, b) => area(b) - area(a))[0] ?? null;
}

/** Copies the computed text styles onto the clone, so the picture keeps the page's fonts and colours. */
function inlineTextStyles(source: SVGSVGElement, clone: SVGSVGElement): void {
  const from = source.querySelectorAll('text, tspan');
  const to = clone.querySelectorAll('text, tspan');
  from.forEach((node, i) => {
    const style = getComputedStyle(node);
    (to[i] as SVGElement | undefined)?.setAttribute(
      'style',
      `font-family:${style.fontFamily};font-size:${style.fontSize};font-weight:${style.fontWeight}`,
    );
  });
}

function svgUrlOf(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  inlineTextStyles(svg, clone);
  const text = new XMLSerializer().serializeToString(clone);
  return URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
}

/**
 * Draws a chart's SVG on a canvas at `scale` times its size, on white, with an optional title above it
 * and its legend (HTML in Recharts) below, and downloads it as a PNG. Rejects when there is no chart.
 */
export async function downloadChartPng(
  container: HTMLElement,
  fileName: string,
  options: { title?: string; scale?: number } = {},
): Promise<void> {
  const svg = chartSvg(container);
  if (!svg) throw new Error('There is no chart to save yet.');
  const { width, height } = svg.getBoundingClientRect();
  const legend = chartLegend(container);
  const top = options.title ? 32 : 0;
  const bottom = legend.length > 0 ? LEGEND_ROW + 8 : 0;
  const url = svgUrlOf(svg, width, height);
  try {
    const image = await loadImage(url);
    const scale = options.scale ?? 2;
    const canvas = document.createElement('canvas');
    canvas.width = Math.ceil(width * scale);
    canvas.height = Math.ceil((height + top + bottom) * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw the picture.');
    ctx.scale(scale, scale);
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, width, height + top + bottom);
    if (options.title) {
      ctx.fillStyle = '#111827';
      ctx.font = '600 15px system-ui, sans-serif';
      ctx.fillText(options.title, 8, 21, width - 16);
    }
    ctx.drawImage(image, 0, top, width, height);
    drawLegend(ctx, legend, top + height + 4, width);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!png) throw new Error('This browser cannot make the picture.');
    saveFile(png, fileName.endsWith('.png') ? fileName : `${fileName}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart could not be drawn as a picture.'));
    image.src = url;
  });
}
