import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { withChoice } from '../../lib/latest-params.ts';

export interface RepeatView {
  /** '6m' or '90d', as the API takes it. */
  window: string;
  threshold: string;
}

const DEFAULTS: RepeatView = { window: '6m', threshold: '3' };
export const WINDOWS = ['1m', '3m', '6m', '12m', '24m', '28d', '90d'] as const;

/** The page's own choices, kept in the address bar beside the filters; defaults stay out of the link. */
export function useRepeatView() {
  const [params, setParams] = useSearchParams();
  const view = useMemo<RepeatView>(() => {
    const window = params.get('window') ?? '';
    const threshold = Number(params.get('threshold'));
    return {
      window: (WINDOWS as readonly string[]).includes(window) ? window : DEFAULTS.window,
      threshold:
        Number.isInteger(threshold) && threshold >= 2 && threshold <= 10
          ? String(threshold)
          : DEFAULTS.threshold,
    };
  }, [params]);
  const choose = useCallback(
    (key: keyof RepeatView, value: string) => setParams(() => withChoice(key, value, DEFAULTS[key])),
    [setParams],
  );
  return { view, choose };
}

/** The view as API parameters (only what differs from the defaults). */
export const viewParams = (v: RepeatView): Record<string, string> => {
  const p: Record<string, string> = {};
  if (v.window !== DEFAULTS.window) p.window = v.window;
  if (v.threshold !== DEFAULTS.threshold) p.threshold = v.threshold;
  return p;
};
