import type { RelativeChange } from '../../../../../server/contract/evaluation.ts';
import { formatPercentChange } from '../../../lib/format.ts';

export type Zone = 'target' | 'buffer' | 'control';
export const ZONES: readonly Zone[] = ['target', 'buffer', 'control'];
export const ZONE_LABEL: Record<Zone, string> = {
  target: 'Target (the problem’s place)',
  buffer: 'Buffer ring',
  control: 'Control',
};

const minus = (s: string) => s.replace('-', '\u2212');
const two = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
const one = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

export const formatNumber2 = (n: number | null): string => (n === null ? '–' : minus(two.format(n)));
export const formatSigned1 = (n: number | null): string => (n === null ? '–' : minus(one.format(n)));

/** The change from before to after in %, or why there is none. */
export function changeText(c: { before: number; after: number }): string {
  if (c.before === 0) return c.after === 0 ? 'none' : 'new';
  return formatPercentChange(((c.after - c.before) / c.before) * 100);
}

const p = (v: number) => (v < 0.001 ? 'p < 0.001' : `p = ${v.toFixed(3)}`);

/** "OR 1.52 (95% CI 1.10 to 2.10), p = 0.011". */
export function testText(t: RelativeChange): string {
  if (t.oddsRatio === null) return 'Cannot be tested (a count is zero)';
  const ci =
    t.low === null || t.high === null ? '' : ` (95% CI ${two.format(t.low)} to ${two.format(t.high)})`;
  return `${two.format(t.oddsRatio)}${ci}${t.p === null ? '' : `, ${p(t.p)}`}`;
}
