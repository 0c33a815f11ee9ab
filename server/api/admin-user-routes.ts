import { z } from 'zod';
import { Role } from '../contract/auth.ts';
import { createUser } from '../services/users/create-user.ts';
import { listUsers } from '../services/users/list-users.ts';
import type { UserProblem } from '../services/users/user-problem.ts';
import { AppError } from './app-error.ts';
import type { AppDeps } from './deps.ts';
import type { RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

const NewUserBody = z.object({
  username: z.string().trim().min(1).max(64),
  agency: z.string().trim().min(1).max(40),
  role: Role,
  password: z.string().min(1).max(1000),
});

const STATUS: Record<UserProblem['code'], number> = {
  invalid_username: 400,
  invalid_role: 400,
  unknown_agency: 400,
  weak_password: 400,
  duplicate_username: 409,
  unknown_user: 404,
};

const toAppError = (p: UserProblem) =>
  new AppError(p.code, STATUS[p.code], p.message, { parameter: p.field });

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
        const result = await createUser(deps.db, { username, agencyCode: agency, role, password });
        if (!result.ok) throw toAppError(result.problem);
        res.status(201).json(result.value);
      },
    },
  ];
}
