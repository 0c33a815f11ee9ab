import { AGENCY_CODE, AreaRef, FilterQuery, filtersToParams } from '../../../server/contract/filters.ts';
import { isHiddenLayer } from '../../../server/contract/hidden-layers.ts';
import { Category } from '../../../server/contract/taxonomy.ts';

export const FILTER_PARAMS = ['from', 'to', 'category', 'agency', 'area'] as const;
export type FilterParam = (typeof FILTER_PARAMS)[number];

/** The filters a link carries, keeping only values that are well formed. */
export interface UrlFilters {
  from: string | null;
  to: string | null;
  category: string[];
  agency: string[];
  area: AreaRef | null;
}

/** A value in the address bar that could not be used; shown to the user, never silently dropped. */
export interface FilterIssue {
  param: FilterParam;
  value: string;
  message: string;
}

export const EMPTY_FILTERS: UrlFilters = { from: null, to: null, category: [], agency: [], area: null };

const listOf = (sp: URLSearchParams, key: string): string[] => [
  ...new Set(
    sp
      .getAll(key)
      .flatMap((v) => v.split(','))
      .map((v) => v.trim())
      .filter(Boolean),
  ),
];

const firstMessage = (r: { error?: { issues: { message: string }[] } }) =>
  r.error?.issues[0]?.message ?? 'is not valid';

function readDate(sp: URLSearchParams, key: 'from' | 'to', issues: FilterIssue[]): string | null {
  const value = sp.get(key);
  if (value === null || value === '') return null;
  const r = FilterQuery.shape[key].safeParse(value);
  if (r.success && r.data) return r.data;
  issues.push({ param: key, value, message: firstMessage(r) });
  return null;
}

function readList(
  sp: URLSearchParams,
  key: 'category' | 'agency',
  valid: (v: string) => boolean,
  issues: FilterIssue[],
): string[] {
  const out: string[] = [];
  for (const value of listOf(sp, key)) {
    if (valid(value)) out.push(value);
    else issues.push({ param: key, value, message: `is not a known ${key}` });
  }
  return out;
}

/** Codes the server knows (from /api/options); without them only the form of each value is checked. */
export interface KnownCodes {
  agencies: ReadonlySet<string>;
  layers: ReadonlySet<string>;
}

/** Reads the filter parameters from a URL; bad values become issues and are left out of the query. */
export function readFilters(
  sp: URLSearchParams,
  known: KnownCodes | null = null,
): { filters: UrlFilters; issues: FilterIssue[] } {
  const issues: FilterIssue[] = [];
  let from = readDate(sp, 'from', issues);
  let to = readDate(sp, 'to', issues);
  if (from && to && from > to) {
    issues.push({ param: 'from', value: from, message: `is after the end date ${to}` });
    from = null;
    to = null;
  }
  const category = readList(sp, 'category', (v) => Category.safeParse(v).success, issues);
  const agency = readList(
    sp,
    'agency',
    (v) => AGENCY_CODE.test(v) && (!known || known.agencies.has(v)),
    issues,
  );
  let area: AreaRef | null = null;
  const areaValue = sp.get('area');
  if (areaValue) {
    const r = AreaRef.safeParse(areaValue);
    if (!r.success) issues.push({ param: 'area', value: areaValue, message: firstMessage(r) });
    else if (known && !known.layers.has(r.data.layer) && !isHiddenLayer(r.data.layer)) {
      issues.push({ param: 'area', value: areaValue, message: `names a boundary layer that is not loaded` });
    } else area = r.data;
  }
  return { filters: { from, to, category, agency, area }, issues };
}

/** The query parameters sent to the API for these filters (also the query key). */
export const filterQueryParams = (f: UrlFilters): Record<string, string> =>
  filtersToParams({ ...f, from: f.from ?? undefined, to: f.to ?? undefined });

/** Returns new search params with only the patched filters changed; other parameters are kept. */
export function patchFilters(sp: URLSearchParams, patch: Partial<UrlFilters>): URLSearchParams {
  const next = new URLSearchParams(sp);
  const encoded = filtersToParams({
    from: patch.from ?? undefined,
    to: patch.to ?? undefined,
    category: patch.category,
    agency: patch.agency,
    area: patch.area,
  });
  for (const key of FILTER_PARAMS) {
    if (!(key in patch)) continue;
    next.delete(key);
    const value = encoded[key];
    if (value) next.set(key, value);
  }
  return next;
}

/** Removes one bad value: a single item of a list parameter, or the whole parameter otherwise. */
export function removeIssue(sp: URLSearchParams, issue: FilterIssue): URLSearchParams {
  const next = new URLSearchParams(sp);
  if (issue.param === 'category' || issue.param === 'agency') {
    const rest = listOf(sp, issue.param).filter((v) => v !== issue.value);
    next.delete(issue.param);
    if (rest.length) next.set(issue.param, rest.join(','));
  } else {
    next.delete(issue.param);
  }
  return next;
}

export const clearFilters = (sp: URLSearchParams): URLSearchParams => {
  const next = new URLSearchParams(sp);
  for (const key of FILTER_PARAMS) next.delete(key);
  return next;
};
