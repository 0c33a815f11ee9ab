import type { Role } from '../../contract/auth.ts';

export interface SessionUser {
  id: number;
  username: string;
  role: Role;
  agencyCode: string;
  agencyName: string;
}
