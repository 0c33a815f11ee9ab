import { z } from 'zod';

/** admin: data and users; analyst: analysis and records; tasking: JAG member; board: CSP board, aggregates only. */
export const ROLES = ['admin', 'analyst', 'tasking', 'board'] as const;
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

export const ROLE_LABEL: Record<Role, string> = {
  admin: 'Administrator',
  analyst: 'Analyst',
  tasking: 'JAG member (tasking)',
  board: 'CSP board member',
};

export const LoginRequest = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1000),
});
export type LoginRequest = z.infer<typeof LoginRequest>;

export const Me = z.object({
  username: z.string(),
  role: Role,
  agency: z.object({ code: z.string(), name: z.string() }),
});
export type Me = z.infer<typeof Me>;
