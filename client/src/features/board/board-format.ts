import type { BoardCount, ChangeDto, Interval } from '../../../../server/contract/board.ts';
import { formatCount, formatPercentChange, formatRate, formatShare } from '../../lib/format.ts';

/** A count as the board sees it: "<5" for a small one, "*" for one hidden to protect another. */
export function countText(c: BoardCount, threshold: number): string {
  if (c.suppressed === 'small_count') return `<${threshold}`;
  if (c.suppressed === 'protects_another') return '*';
  return formatCount(c.value ?? 0);
}

/** The same for a CSV file, where a footnote mark would be lost. */
export function countCsv(c: BoardCount, threshold: number): string | number {
  if (c.suppressed === 'small_count') return `<${threshold}`;
  if (c.suppressed === 'protects_another') return 'hidden';
  return c.value ?? 0;
}

export const rateText = (r: Interval | null): string =>
  r ? `${formatRate(r.value)} (${formatRate(r.low)}–${formatRate(r.high)})` : '–';

export const shareText = (r: Interval | null): string =>
  r ? `${formatShare(r.value)} (${formatShare(r.low)}–${formatShare(r.high)})` : '–';

/** Hours under two days, days beyond. */
export function durationText(hours: number | null): string {
  if (hours === null) return '–';
  if (hours < 48) return `${hours.toFixed(1)} h`;
  return `${(hours / 24).toFixed(1)} days`;
}

export const VERDICT_TEXT = {
  up: 'Real increase',
  down: 'Real decrease',
  no_real_change: 'No real change',
} as const;
export const VERDICT_ICON = { up: '▲', down: '▼', no_real_change: '●' } as const;

export const changeText = (c: ChangeDto | null): string =>
  c ? `${VERDICT_TEXT[c.verdict]}${c.percent === null ? '' : ` (${formatPercentChange(c.percent)})`}` : '–';

/** A rounded number for a CSV cell, or empty. */
export const round = (n: number | null | undefined, digits = 2): number | null =>
  n === null || n === undefined ? null : Number(n.toFixed(digits));
