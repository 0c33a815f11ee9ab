import { Delaunay } from 'd3-delaunay';
import {
  bboxOf,
  clipToConvex,
  counterClockwise,
  openRing,
  signedArea,
  type Bbox,
  type Point,
  type Ring,
} from '../../geo/polygon.ts';
import { bngToWgs84 } from '../../geo/projection.ts';
import { DEMO_DISTRICT_NAME, DEMO_WARD_NAMES } from './demoshire-names.ts';
import { scatterInRing } from './scatter.ts';
import type { Random } from '../random.ts';

/** Centre of the fictional district in British National Grid metres (a rural stretch of the Midlands). */
export const DEMO_CENTRE: Point = [441_500, 258_500];
const RADIUS_M = 8_500;
const WARDS = 20;

export interface DemoArea {
  code: string;
  name: string;
  population: number;
  /** Easting/northing in metres, counter-clockwise. */
  ring: Ring;
  bbox: Bbox;
  /** The ring in WGS84 lon/lat rounded to 6 places (about 0.1 m), exactly as stored. */
  lonLat: Ring;
}
export interface DemoWard extends DemoArea {
  /** Inner wards are served by the city council, outer ones by the district council. */
  urban: boolean;
}
export interface DemoSmallArea extends DemoArea {
  wardCode: string;
}
export interface DemoGeography {
  district: DemoArea;
  wards: readonly DemoWard[];
  smallAreas: readonly DemoSmallArea[];
}

/** Builds the district, its wards (Voronoi cells) and their small areas (Voronoi cells within each ward). */
export function buildDemoGeography(random: Random): DemoGeography {
  const outline = districtOutline(random);
  const seeds = scatterInRing(random, outline, WARDS, {
    spacing: 900,
    accept: (p) => 0.08 + 0.92 * Math.exp(-(distanceFromCentre(p) ** 2) / (2 * (0.3 * RADIUS_M) ** 2)),
  }).sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const names = shuffled(DEMO_WARD_NAMES, random);
  const wards: DemoWard[] = [];
  const smallAreas: DemoSmallArea[] = [];
  voronoiCells(seeds, outline).forEach((ring, i) => {
    const code = `DW${String(i + 1).padStart(2, '0')}`;
    const urban = distanceFromCentre(seeds[i] as Point) < 0.45 * RADIUS_M;
    const parts = smallAreasOf(random, ring, urban ? random.int(5, 8) : random.int(3, 5));
    const name = names[i] as string;
    const children = parts.map((part, k) => {
      const letter = String.fromCharCode(65 + k);
      return area(`${code}${letter}`, `${name} ${letter}`, random.int(1_200, 1_900), part);
    });
    smallAreas.push(...children.map((c) => ({ ...c, wardCode: code })));
    wards.push({ ...area(code, name, sum(children.map((c) => c.population)), ring), urban });
  });
  const district = area('DEMO', DEMO_DISTRICT_NAME, sum(wards.map((w) => w.population)), outline);
  return { district, wards, smallAreas };
}

const distanceFromCentre = ([x, y]: Point) => Math.hypot(x - DEMO_CENTRE[0], y - DEMO_CENTRE[1]);

// The convex hull of a wobbly ellipse: irregular enough to look like a place, convex so clipping stays simple.
function districtOutline(random: Random): Ring {
  const [p2, p3] = [random.between(0, 2 * Math.PI), random.between(0, 2 * Math.PI)];
  const points = Array.from({ length: 40 }, (_, k): Point => {
    const t = (2 * Math.PI * k) / 40 + random.between(-0.05, 0.05);
    const r =
      RADIUS_M * (1 + 0.12 * Math.sin(2 * t + p2) + 0.07 * Math.sin(3 * t + p3)) * random.between(0.94, 1.06);
    return [DEMO_CENTRE[0] + 1.15 * r * Math.cos(t), DEMO_CENTRE[1] + 0.9 * r * Math.sin(t)];
  });
  return counterClockwise(openRing(Delaunay.from(points, px, py).hullPolygon() as Point[]));
}

function voronoiCells(seeds: readonly Point[], within: Ring): Ring[] {
  const [minX, minY, maxX, maxY] = bboxOf(within);
  const voronoi = Delaunay.from(seeds, px, py).voronoi([minX, minY, maxX, maxY]);
  return seeds.map((_, i) => {
    const cell = voronoi.cellPolygon(i) as Point[] | null;
    if (!cell) throw new Error('demo geography: coincident seed points');
    return counterClockwise(clipToConvex(counterClockwise(openRing(cell)), within));
  });
}

function smallAreasOf(random: Random, ward: Ring, count: number): Ring[] {
  const spacing = 0.5 * Math.sqrt(Math.abs(signedArea(ward)) / count);
  const seeds = scatterInRing(random, ward, count, { spacing, accept: () => 1 }).sort(
    (a, b) => b[1] - a[1] || a[0] - b[0],
  );
  return voronoiCells(seeds, ward);
}

function area(code: string, name: string, population: number, ring: Ring): DemoArea {
  return { code, name, population, ring, bbox: bboxOf(ring), lonLat: ring.map(toLonLat) };
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;
function toLonLat([e, n]: Point): Point {
  const [lon, lat] = bngToWgs84(e, n);
  return [round6(lon), round6(lat)];
}

const px = (p: Point) => p[0];
const py = (p: Point) => p[1];
const sum = (xs: readonly number[]) => xs.reduce((s, x) => s + x, 0);

function shuffled<T>(items: readonly T[], random: Random): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.int(0, i);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}
