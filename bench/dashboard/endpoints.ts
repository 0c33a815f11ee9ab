import type { BenchServer } from './bench-server.ts';

export interface FilterSet {
  name: string;
  query: string;
}

export interface Endpoint {
  name: string;
  path: string;
}

interface Context {
  layers: { id: string; areas: number }[];
  period: { from: string; to: string };
  topCategory: string;
  narrowArea: string;
  areaLayer: string;
}

async function getJson<T>(server: BenchServer, path: string): Promise<T> {
  const res = await fetch(`${server.url}${path}`, { headers: { cookie: server.cookie } });
  if (!res.ok) throw new Error(`GET ${path}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

const monthsBefore = (isoDay: string, months: number) => {
  const d = new Date(`${isoDay}T00:00:00Z`);
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() - months + 1);
  return d.toISOString().slice(0, 10);
};

/**
 * What the bench asks for, from what the server holds: the default view, and a typical narrow one
 * (the last three months, the commonest category, the busiest area of a middle-sized layer).
 */
export async function discover(server: BenchServer): Promise<Context> {
  const options = await getJson<{ layers: { id: string; areas: number }[] }>(server, '/api/options');
  const layers = [...options.layers].sort((a, b) => a.areas - b.areas);
  const summary = await getJson<{
    period: { from: string; to: string };
    topCategories: { category: string }[];
  }>(server, '/api/summary');
  const middle = layers[Math.floor(layers.length / 2)] ?? layers[0];
  if (!middle) throw new Error('the bench database has no boundary layers');
  const areas = await getJson<{ areas: { code: string; count?: number; contacts?: number }[] }>(
    server,
    `/api/areas?layer=${middle.id}`,
  );
  const busiest = [...areas.areas].sort(
    (a, b) => (b.count ?? b.contacts ?? 0) - (a.count ?? a.contacts ?? 0),
  )[0];
  return {
    layers,
    period: summary.period,
    topCategory: summary.topCategories[0]?.category ?? '',
    narrowArea: `${middle.id}:${busiest?.code ?? ''}`,
    areaLayer: layers[0]?.id ?? middle.id,
  };
}

export function filterSets(c: Context): FilterSet[] {
  const narrow = new URLSearchParams({
    from: monthsBefore(c.period.to, 3),
    to: c.period.to,
    category: c.topCategory,
    area: c.narrowArea,
  });
  return [
    { name: 'default', query: '' },
    { name: 'narrow', query: narrow.toString() },
  ];
}

/** Every dashboard endpoint a page calls, with its page's default choices. */
export function endpoints(c: Context): Endpoint[] {
  return [
    { name: 'summary', path: '/api/summary' },
    { name: 'timeseries', path: '/api/timeseries' },
    { name: 'areas', path: `/api/areas?layer=${c.areaLayer}` },
    { name: 'hotspots grid', path: '/api/hotspots?method=grid' },
    { name: 'hotspots Gi*', path: '/api/hotspots?method=gistar' },
    { name: 'trends series', path: '/api/trends/series' },
    { name: 'trends hour x weekday', path: '/api/trends/hour-weekday' },
    { name: 'board areas', path: '/api/board/areas' },
    { name: 'board exceptions', path: '/api/board/exceptions' },
    { name: 'board service', path: '/api/board/service' },
    { name: 'repeats callers', path: '/api/repeats/callers' },
    { name: 'repeats locations', path: '/api/repeats/locations' },
  ];
}

export const withFilter = (path: string, f: FilterSet) =>
  f.query ? `${path}${path.includes('?') ? '&' : '?'}${f.query}` : path;

/** The requests each page sends on first load (the shell's options and me included). */
export function pages(c: Context): { page: string; paths: string[] }[] {
  const shell = ['/api/auth/me', '/api/options'];
  return [
    { page: 'overview', paths: [...shell, '/api/summary', '/api/timeseries'] },
    {
      page: 'map',
      paths: [
        ...shell,
        `/api/boundaries/${c.areaLayer}`,
        `/api/areas?layer=${c.areaLayer}`,
        '/api/drawn-areas',
        '/api/hotspots/places',
      ],
    },
    {
      page: 'board',
      paths: [
        ...shell,
        '/api/board/choices',
        '/api/board/areas',
        '/api/board/exceptions',
        '/api/board/service',
        '/api/board/targets',
      ],
    },
  ];
}
