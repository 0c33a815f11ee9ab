import {
  checkCount,
  cheaper,
  suppressionRule,
  toCell,
  type BoardCell,
  type SuppressionOptions,
} from './suppressed-cell.ts';

/**
 * Small-count suppression of a list shown with its total (e.g. areas and the force): counts below the
 * threshold are hidden, and when exactly one entry (the total included) would be hidden, the smallest
 * other non-zero entry is hidden too, so no hidden count is the total minus the shown ones.
 */
export function suppressList(
  values: readonly number[],
  options: SuppressionOptions = {},
): { items: BoardCell[]; total: BoardCell } {
  values.forEach(checkCount);
  const rule = suppressionRule(options);
  const entries = [...values, values.reduce((s, v) => s + v, 0)];
  const hidden: ('small_count' | 'protects_another' | null)[] = entries.map((v) =>
    rule.isSmall(v) ? 'small_count' : null,
  );
  if (hidden.filter((h) => h !== null).length === 1) {
    let pick = -1;
    entries.forEach((v, i) => {
      if (hidden[i] === null && (pick < 0 || cheaper(rule.cost(v), rule.cost(entries[pick] ?? 0)))) pick = i;
    });
    if (pick >= 0) hidden[pick] = 'protects_another';
  }
  const cells = entries.map((v, i) => toCell(v, hidden[i] ?? null));
  return { items: cells.slice(0, -1), total: cells.at(-1) as BoardCell };
}
