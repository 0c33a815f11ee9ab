import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { BoardChoices } from '../../../../server/contract/board.ts';

export interface BoardView {
  quarter: string;
  layer: string;
  /** Admins and analysts: show the figures as the board sees them. */
  preview: boolean;
}

/**
 * The Board page's own choices, kept in the address bar beside the filters (so the print view and a
 * copied link show the same pack); an unknown quarter or layer falls back to the default.
 */
export function useBoardView(choices: BoardChoices | undefined) {
  const [params, setParams] = useSearchParams();
  const view = useMemo<BoardView>(() => {
    const quarter = params.get('quarter') ?? '';
    const layer = params.get('layer') ?? '';
    return {
      quarter: choices?.quarters.some((q) => q.id === quarter) ? quarter : (choices?.defaultQuarter ?? ''),
      layer: choices?.layers.some((l) => l.id === layer) ? layer : (choices?.defaultLayer ?? ''),
      preview: params.get('suppress') === 'true',
    };
  }, [params, choices]);
  const choose = useCallback(
    (patch: Partial<BoardView>) =>
      setParams((prev) => {
        const next = new URLSearchParams(prev);
        if (patch.quarter !== undefined) next.set('quarter', patch.quarter);
        if (patch.layer !== undefined) next.set('layer', patch.layer);
        if (patch.preview !== undefined) {
          if (patch.preview) next.set('suppress', 'true');
          else next.delete('suppress');
        }
        return next;
      }),
    [setParams],
  );
  return { view, choose };
}

/** The request parameters of every board endpoint: the view and the filter bar without its dates. */
export function boardParams(query: Record<string, string>, view: BoardView): Record<string, string> {
  const p: Record<string, string> = {};
  for (const key of ['category', 'agency', 'area']) if (query[key]) p[key] = query[key];
  if (view.quarter) p.quarter = view.quarter;
  if (view.layer) p.layer = view.layer;
  if (view.preview) p.suppress = 'true';
  return p;
}
