import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { useOptions } from './api/options.ts';
import {
  clearFilters,
  filterQueryParams,
  patchFilters,
  readFilters,
  removeIssue,
  type FilterIssue,
  type KnownCodes,
  type UrlFilters,
} from './url-filters.ts';

/**
 * The shared filters, kept in the address bar so a copied link reproduces the view. `ready` turns true
 * once agency and layer codes can be checked against /api/options, so a bad link never reaches the API.
 */
export function useUrlFilters() {
  const [searchParams, setSearchParams] = useSearchParams();
  const options = useOptions();
  const known = useMemo<KnownCodes | null>(
    () =>
      options.data
        ? {
            agencies: new Set(options.data.agencies.map((a) => a.code)),
            layers: new Set(options.data.layers.map((l) => l.id)),
          }
        : null,
    [options.data],
  );
  const { filters, issues } = useMemo(() => readFilters(searchParams, known), [searchParams, known]);
  const query = useMemo(() => filterQueryParams(filters), [filters]);

  const update = useCallback(
    (patch: Partial<UrlFilters>) => setSearchParams((prev) => patchFilters(prev, patch)),
    [setSearchParams],
  );
  const dismiss = useCallback(
    (issue: FilterIssue) => setSearchParams((prev) => removeIssue(prev, issue)),
    [setSearchParams],
  );
  const reset = useCallback(() => setSearchParams((prev) => clearFilters(prev)), [setSearchParams]);

  // If the options cannot be loaded the filters still work, checked for form only.
  const ready = known !== null || options.isError;
  return { filters, issues, query, ready, update, dismiss, reset };
}
