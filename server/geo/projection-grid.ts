/**
 * Control points transformed exactly by proj4 at the corners of the grid cells that hold points,
 * for bilinear interpolation in SQL. Cells are 1/scale units wide, scale a power of two so that
 * x * scale and its floor are exact. The interpolation error is about h^2/8 times the transform's
 * curvature: about a millimetre at the scales used, far below the 2 m of the OSGB36 Helmert shift.
 */
export function projectionCells(
  cells: readonly { i: number; j: number }[],
  scale: number,
  transform: (x: number, y: number) => [number, number],
): string {
  const nodes = new Map<string, string>();
  const node = (i: number, j: number): string => {
    const key = `${i},${j}`;
    let value = nodes.get(key);
    if (value === undefined) {
      value = transform(i / scale, j / scale).join(',');
      nodes.set(key, value);
    }
    return value;
  };
  let csv = '';
  for (const { i, j } of cells)
    csv += `${i},${j},${node(i, j)},${node(i + 1, j)},${node(i, j + 1)},${node(i + 1, j + 1)}\n`;
  return csv;
}
