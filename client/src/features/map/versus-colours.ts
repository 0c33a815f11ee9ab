import type { VersusForceVerdict } from '../../../../server/contract/dashboard.ts';

export type { VersusForceVerdict };

/** ColorBrewer RdBu ends and a near-white middle: diverging, safe for colour-blind readers. */
export const VERSUS_COLOURS: Record<VersusForceVerdict, string> = {
  above: '#d6604d',
  not_different: '#f2f2f2',
  below: '#4393c3',
};

export const VERSUS_LABELS: Record<VersusForceVerdict, string> = {
  above: 'Significantly above the force-wide rate',
  not_different: 'Not significantly different',
  below: 'Significantly below the force-wide rate',
};

export const VERSUS_ORDER: readonly VersusForceVerdict[] = ['above', 'not_different', 'below'];
