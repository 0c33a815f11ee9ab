import { z } from 'zod';
import { Role } from '../contract/auth.ts';
import { createUser } from '../services/users/create-user.ts';
import { listUsers } from '../services/users/list-users.ts';
import type { AppDeps } from './deps.ts';
import type { RouteDef } from './route.ts';
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
        res.status(201).json(await createUser(deps.db, { username, agencyCode: agency, role, password }));
      },
    },
  ];
}
