import type { Response } from 'express';
import type { Role } from '../contract/auth.ts';
import {
  AccuracyQuery,
  AreaHotspotQuery,
  CellQuery,
  HotspotQuery,
  PlacesQuery,
} from '../contract/hotspots.ts';
import { hotspotsForBoard } from '../services/board/board-aggregates.ts';
import { areaHotspotsForBoard } from '../services/hotspots/area-hotspots-board.ts';
import { getAreaHotspots } from '../services/hotspots/get-area-hotspots.ts';
import { getAreaProfile } from '../services/hotspots/get-area-profile.ts';
import { getHotPlaces } from '../services/hotspots/get-hot-places.ts';
import { getHotspotAccuracy } from '../services/hotspots/get-hotspot-accuracy.ts';
import { getHotspotCell } from '../services/hotspots/get-hotspot-cell.ts';
import { getHotspots } from '../services/hotspots/get-hotspots.ts';
import type { AppDeps } from './deps.ts';
import { filtersOf } from './filter-input.ts';
import { ANY_ROLE, userOf, type RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

// A place reference can be a street address (a neighbour dispute): the working roles only, not the board.
const PLACE_ROLES: readonly Role[] = ['admin', 'analyst', 'tasking'];
const seesPlaces = (res: Response) => PLACE_ROLES.includes(userOf(res).role);

/** Grid, kernel density and Gi* hotspot maps under the shared filters: aggregates, so every role. */
export function hotspotRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/hotspots',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        const q = parseInput(HotspotQuery, req.query);
        const grid = await getHotspots(deps.db, q, await filtersOf(deps.db, req));
        const board = userOf(res).role === 'board';
        res.json(board ? hotspotsForBoard(grid, deps.config.ICSB_SUPPRESS_BELOW) : grid);
      },
    },
    {
      method: 'get',
      path: '/api/hotspots/cell',
      // A cell's months and hours of a handful of contacts describe single incidents: not for the board.
      roles: PLACE_ROLES,
      handler: async (req, res) => {
        const { id } = parseInput(CellQuery, req.query);
        res.json(await getHotspotCell(deps.db, id, await filtersOf(deps.db, req), seesPlaces(res)));
      },
    },
    {
      method: 'get',
      path: '/api/hotspots/area',
      // As the cell: an area's months and hours of a few contacts describe single incidents.
      roles: PLACE_ROLES,
      handler: async (req, res) => {
        res.json(await getAreaProfile(deps.db, await filtersOf(deps.db, req), seesPlaces(res)));
      },
    },
    {
      method: 'get',
      path: '/api/hotspots/areas',
      // Gi* over a boundary layer's areas: every role, the board with small counts hidden and classes only.
      roles: ANY_ROLE,
      handler: async (req, res) => {
        const q = parseInput(AreaHotspotQuery, req.query);
        const areas = await getAreaHotspots(deps.db, q, await filtersOf(deps.db, req));
        const board = userOf(res).role === 'board';
        res.json(board ? areaHotspotsForBoard(areas, deps.config.ICSB_SUPPRESS_BELOW) : areas);
      },
    },
    {
      method: 'get',
      path: '/api/hotspots/places',
      // Every role: the board gets the concentration curves without the places (placeDetail false).
      roles: ANY_ROLE,
      handler: async (req, res) => {
        const q = parseInput(PlacesQuery, req.query);
        res.json(await getHotPlaces(deps.db, q, await filtersOf(deps.db, req), seesPlaces(res)));
      },
    },
    {
      method: 'get',
      path: '/api/hotspots/accuracy',
      roles: ANY_ROLE,
      handler: async (req, res) => {
        const q = parseInput(HotspotQuery, req.query);
        const { top } = parseInput(AccuracyQuery, req.query);
        res.json(await getHotspotAccuracy(deps.db, q, top, await filtersOf(deps.db, req)));
      },
    },
  ];
}
