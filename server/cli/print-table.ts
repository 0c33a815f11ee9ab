/** Rows as lines, each column padded to its widest cell and two spaces apart. */
export function tableLines(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => r[i]?.length ?? 0))) ?? [];
  return rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
}

/** Prints a list command's table: the header, the rows, and `empty` under the header when there are none. */
export function printTable(
  head: readonly string[],
  rows: readonly (readonly string[])[],
  empty: string,
): void {
  for (const line of tableLines([head, ...rows])) console.log(line);
  if (rows.length === 0) console.log(empty);
}
