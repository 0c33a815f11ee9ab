import type { Interval } from '../poisson-interval.ts';

export type Rag = 'red' | 'amber' | 'green';

/** Which side of the target is good: 'lower' for ASB rates, 'higher' for shares resolved within target. */
export type Better = 'lower' | 'higher';

export const RAG_RULE =
  'Green when the whole 95% interval is on the good side of the target, red when the whole interval is on ' +
  'the bad side, amber when the interval includes the target (touching it counts as including it).';

/**
 * Red/amber/green of a measure against a target from its confidence interval, by RAG_RULE: only a
 * difference the interval is sure of turns a status red or green.
 */
export function ragStatus(interval: Interval, target: number, better: Better = 'lower'): Rag {
  if (!(interval.low <= interval.high)) throw new RangeError(`interval must have low <= high`);
  const belowTarget = interval.high < target;
  const aboveTarget = interval.low > target;
  if (!belowTarget && !aboveTarget) return 'amber';
  return belowTarget === (better === 'lower') ? 'green' : 'red';
}
