import { z } from 'zod';
import { AgencyName, NewAgency } from '../contract/data.ts';
import { addAgency, getAgencies, renameAgencyTo } from '../services/data/manage-agencies.ts';
import type { AppDeps } from './deps.ts';
import type { RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

const Code = z.object({ code: z.string().min(1).max(40) });

/**
 * Agencies for administrators, as `icsb agency` manages them: the CLI cannot open the database while
 * the server runs, so a file naming a new agency would otherwise mean stopping the server.
 */
export function agencyRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/data/agencies',
      roles: ['admin'],
      handler: async (_req, res) => res.json(await getAgencies(deps.db)),
    },
    {
      method: 'post',
      path: '/api/data/agencies',
      roles: ['admin'],
      handler: async (req, res) => {
        const body = parseInput(NewAgency, req.body, 'field');
        res.status(201).json(await addAgency(deps.db, body));
      },
    },
    {
      method: 'patch',
      path: '/api/data/agencies/:code',
      roles: ['admin'],
      handler: async (req, res) => {
        const { code } = parseInput(Code, req.params);
        const { name } = parseInput(AgencyName, req.body, 'field');
        res.json(await renameAgencyTo(deps.db, code, name));
      },
    },
  ];
}
