import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { withChoice } from '../../lib/latest-params.ts';

export interface TrendView {
  interval: 'day' | 'week' | 'month';
  split: string;
  count: 'reports' | 'incidents';
  chart: 'auto' | 'c' | 'xmr';
}

const DEFAULTS: TrendView = { interval: 'month', split: 'none', count: 'reports', chart: 'auto' };
const KEYS = Object.keys(DEFAULTS) as (keyof TrendView)[];

const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

/** The page's own choices, kept in the address bar beside the filters; defaults stay out of the link. */
export function useTrendView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo<TrendView>(
    () => ({
      interval: pick(params.get('interval'), ['day', 'week', 'month'], DEFAULTS.interval),
      split: /^(category|asb_type|agency|area:[a-z0-9_]+)$/.test(params.get('split') ?? '')
        ? (params.get('split') as string)
        : DEFAULTS.split,
      count: pick(params.get('count'), ['reports', 'incidents'], DEFAULTS.count),
      chart: pick(params.get('chart'), ['auto', 'c', 'xmr'], DEFAULTS.chart),
    }),
    [params],
  );
  const choose = useCallback(
    <K extends keyof TrendView>(key: K, value: TrendView[K]) =>
      setParams(() => withChoice(key, value, DEFAULTS[key])),
    [setParams],
  );
  return { view, choose };
}

/** The view as API parameters (only what differs from the defaults). */
export const viewParams = (v: TrendView): Record<string, string> =>
  Object.fromEntries(KEYS.filter((k) => v[k] !== DEFAULTS[k]).map((k) => [k, v[k]]));
