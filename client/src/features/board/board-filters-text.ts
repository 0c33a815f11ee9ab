import type { Options } from '../../../../server/contract/dashboard.ts';
import type { UrlFilters } from '../../lib/url-filters.ts';

/** The filter bar's terms that apply to the pack, in words. */
export function filtersText(f: UrlFilters, o: Options | undefined): string {
  const name = (list: readonly { code: string; name?: string; label?: string }[], code: string) => {
    const found = list.find((x) => x.code === code);
    return found?.name ?? found?.label ?? code;
  };
  const parts = [
    f.category.length > 0
      ? `categories: ${f.category.map((c) => name(o?.categories ?? [], c)).join(', ')}`
      : null,
    f.agency.length > 0 ? `agencies: ${f.agency.map((a) => name(o?.agencies ?? [], a)).join(', ')}` : null,
    f.area ? `area: ${f.area.code} (${f.area.layer})` : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? parts.join('; ') : 'None: all categories, agencies and areas';
}
