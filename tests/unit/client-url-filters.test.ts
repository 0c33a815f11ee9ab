import { describe, expect, it } from 'vitest';
import {
  clearFilters,
  EMPTY_FILTERS,
  filterQueryParams,
  patchFilters,
  readFilters,
  removeIssue,
  type KnownCodes,
  type UrlFilters,
} from '../../client/src/lib/url-filters.ts';

const sp = (q: string) => new URLSearchParams(q);
const KNOWN: KnownCodes = { agencies: new Set(['police', 'housing']), layers: new Set(['ward']) };

const FULL: UrlFilters = {
  from: '2025-01-01',
  to: '2025-03-31',
  category: ['noise', 'rowdy'],
  agency: ['police', 'housing'],
  area: { layer: 'ward', code: 'W1' },
};

describe('filters in the URL', () => {
  it('round-trips every filter through the address bar', () => {
    const url = patchFilters(sp(''), FULL);
    expect(url.toString()).toBe(
      'from=2025-01-01&to=2025-03-31&category=noise%2Crowdy&agency=police%2Chousing&area=ward%3AW1',
    );
    expect(readFilters(sp(url.toString()), KNOWN)).toEqual({ filters: FULL, issues: [] });
  });

  it('round-trips no filters as no parameters', () => {
    expect(patchFilters(sp(''), EMPTY_FILTERS).toString()).toBe('');
    expect(readFilters(sp(''))).toEqual({ filters: EMPTY_FILTERS, issues: [] });
  });

  it('sends the API the same parameters it reads', () => {
    expect(filterQueryParams(FULL)).toEqual({
      from: '2025-01-01',
      to: '2025-03-31',
      category: 'noise,rowdy',
      agency: 'police,housing',
      area: 'ward:W1',
    });
    expect(filterQueryParams(EMPTY_FILTERS)).toEqual({});
  });

  it('reads lists given as repeated parameters or with spaces and repeats, once each', () => {
    const { filters, issues } = readFilters(sp('category=noise&category=%20rowdy%20,noise,&agency=police'));
    expect(filters.category).toEqual(['noise', 'rowdy']);
    expect(filters.agency).toEqual(['police']);
    expect(issues).toEqual([]);
  });

  it('changes only the patched filters and keeps other parameters', () => {
    const next = patchFilters(sp('layer=ward&category=noise&from=2025-01-01'), {
      category: [],
      to: '2025-02-01',
    });
    expect(next.get('layer')).toBe('ward');
    expect(next.get('category')).toBeNull();
    expect(next.get('from')).toBe('2025-01-01');
    expect(next.get('to')).toBe('2025-02-01');
    expect(patchFilters(next, { from: null }).get('from')).toBeNull();
    expect(clearFilters(next).toString()).toBe('layer=ward');
  });
});

describe('bad values in the URL', () => {
  it('reports each bad value with its parameter instead of dropping it silently', () => {
    const { filters, issues } = readFilters(
      sp('from=2025-13-01&to=yesterday&category=noise,bogus&agency=NOT%20OK,police&area=W1'),
    );
    expect(filters).toEqual({ ...EMPTY_FILTERS, category: ['noise'], agency: ['police'] });
    expect(issues.map((i) => [i.param, i.value])).toEqual([
      ['from', '2025-13-01'],
      ['to', 'yesterday'],
      ['category', 'bogus'],
      ['agency', 'NOT OK'],
      ['area', 'W1'],
    ]);
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(0);
  });

  it('reports a real-looking date that does not exist', () => {
    const { issues } = readFilters(sp('to=2025-02-30'));
    expect(issues).toEqual([{ param: 'to', value: '2025-02-30', message: 'is not a real date' }]);
  });

  it('reports a start after the end and uses neither', () => {
    const { filters, issues } = readFilters(sp('from=2025-03-01&to=2025-01-01'));
    expect(filters.from).toBeNull();
    expect(filters.to).toBeNull();
    expect(issues).toEqual([
      { param: 'from', value: '2025-03-01', message: 'is after the end date 2025-01-01' },
    ]);
  });

  it('checks agencies and layers against the known codes once they are loaded', () => {
    const q = sp('agency=police,fire&area=lsoa:E01');
    expect(readFilters(q).issues).toEqual([]);
    const { filters, issues } = readFilters(q, KNOWN);
    expect(filters.agency).toEqual(['police']);
    expect(filters.area).toBeNull();
    expect(issues.map((i) => `${i.param}=${i.value}: ${i.message}`)).toEqual([
      'agency=fire: is not a known agency',
      'area=lsoa:E01: names a boundary layer that is not loaded',
    ]);
  });

  it('removes one bad item from a list, or the whole parameter otherwise', () => {
    const q = sp('category=noise,bogus,rowdy&from=2025-13-01&layer=ward');
    const noBogus = removeIssue(q, { param: 'category', value: 'bogus', message: '' });
    expect(noBogus.get('category')).toBe('noise,rowdy');
    expect(noBogus.get('from')).toBe('2025-13-01');
    const noFrom = removeIssue(noBogus, { param: 'from', value: '2025-13-01', message: '' });
    expect(Object.fromEntries(noFrom)).toEqual({ category: 'noise,rowdy', layer: 'ward' });
    const onlyBad = removeIssue(sp('category=bogus'), { param: 'category', value: 'bogus', message: '' });
    expect(onlyBad.has('category')).toBe(false);
  });
});
