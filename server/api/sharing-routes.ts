import type { Request, Response } from 'express';
import { z } from 'zod';
import { AgreementCreate, AgreementPatch } from '../contract/sharing.ts';
import type { Actor } from '../services/records/record-actor.ts';
import { getAgreements } from '../services/sharing/list-agreements.ts';
import { createAgreement, patchAgreement } from '../services/sharing/save-agreement.ts';
import type { AppDeps } from './deps.ts';
import { userOf, type RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

const AgreementId = z.object({ id: z.coerce.number().int().min(1).max(2_147_483_647) });
const actorOf = (req: Request, res: Response): Actor => ({ user: userOf(res), ip: req.ip ?? null });

/** Information sharing agreements: admins record and end them (audited); analysts may read them. */
export function sharingRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/sharing/agreements',
      roles: ['admin', 'analyst'],
      handler: async (_req, res) => {
        res.json(await getAgreements(deps.db));
      },
    },
    {
      method: 'post',
      path: '/api/sharing/agreements',
      roles: ['admin'],
      handler: async (req, res) => {
        const body = parseInput(AgreementCreate, req.body ?? {}, 'field');
        res.status(201).json(await createAgreement(deps.db, actorOf(req, res), body));
      },
    },
    {
      method: 'patch',
      path: '/api/sharing/agreements/:id',
      roles: ['admin'],
      handler: async (req, res) => {
        const { id } = parseInput(AgreementId, req.params);
        const body = parseInput(AgreementPatch, req.body ?? {}, 'field');
        res.json(await patchAgreement(deps.db, actorOf(req, res), id, body));
      },
    },
  ];
}
