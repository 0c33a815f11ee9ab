import { z } from 'zod';
import { Role } from '../contract/auth.ts';
import { recordAudit } from '../services/audit/record-audit.ts';
import { createUser } from '../services/users/create-user.ts';
import { listUsers } from '../services/users/list-users.ts';
import type { AppDeps } from './deps.ts';
import { userOf, type RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

const NewUserBody = z.object({
  username: z.string().trim().min(1).max(64),
  agency: z.string().trim().min(1).max(40),
  role: Role,
  password: z.string().min(1).max(1000),
});

export function adminUserRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/admin/users',
      roles: ['admin'],
      handler: async (_req, res) => {
        res.json({ users: await listUsers(deps.db) });
      },
    },
    {
      method: 'post',
      path: '/api/admin/users',
      roles: ['admin'],
      handler: async (req, res) => {
        const body = parseInput(NewUserBody, req.body, 'field');
        const { username, agency, role, password } = body;
        const created = await createUser(deps.db, { username, agencyCode: agency, role, password });
        await recordAudit(
          deps.db,
          { user: userOf(res), ip: req.ip },
          'user_change',
          `created user ${created.username} (role ${created.role}, agency ${created.agency.code})`,
        );
        res.status(201).json(created);
      },
    },
  ];
}
