import type { Request, Response } from 'express';
import { z } from 'zod';
import type { Role } from '../contract/auth.ts';
import { FilterQuery } from '../contract/filters.ts';
import { ExportRequest, RecordQuery, RevealRequest } from '../contract/records.ts';
import type { RecordSelection } from '../queries/records/record-columns.ts';
import { exportRecords } from '../services/records/export-records.ts';
import { getRecord } from '../services/records/get-record.ts';
import { listRecords } from '../services/records/list-records.ts';
import type { Actor } from '../services/records/record-actor.ts';
import { revealPersonal } from '../services/records/reveal-personal.ts';
import { resolveFilters } from '../services/resolve-filters.ts';
import type { AppDeps } from './deps.ts';
import { filtersOf } from './filter-input.ts';
import { userOf, type RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

// The board works from aggregates only: no record-level data at all.
const RECORD_ROLES: readonly Role[] = ['admin', 'analyst', 'tasking'];

const RecordId = z.object({ id: z.coerce.number().int().min(1).max(Number.MAX_SAFE_INTEGER) });

const actorOf = (req: Request, res: Response): Actor => ({ user: userOf(res), ip: req.ip ?? null });
const idOf = (req: Request) => parseInput(RecordId, req.params).id;

/** Record list, detail, personal-field reveal and CSV export; the access policy applies to each record. */
export function recordRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/records',
      roles: RECORD_ROLES,
      handler: async (req, res) => {
        const { q, cell, sort, dir, page, pageSize } = parseInput(RecordQuery, {
          q: req.query.q,
          cell: req.query.cell,
          sort: req.query.sort,
          dir: req.query.dir,
          page: req.query.page,
          pageSize: req.query.pageSize,
        });
        const { filters } = await filtersOf(deps.db, req);
        const selection: RecordSelection = { filters, q: q || null, cell: cell ?? null, sort, dir };
        res.json(await listRecords(deps.db, actorOf(req, res), selection, { page, pageSize }));
      },
    },
    {
      method: 'post',
      path: '/api/records/export',
      roles: RECORD_ROLES,
      readOnly: true,
      handler: async (req, res) => {
        const body = parseInput(ExportRequest, req.body ?? {}, 'field');
        const filterQuery = parseInput(FilterQuery, {
          from: body.from,
          to: body.to,
          category: body.category,
          agency: body.agency,
          area: body.area,
        });
        const { filters } = await resolveFilters(deps.db, filterQuery);
        const { cell } = parseInput(RecordQuery.pick({ cell: true }), { cell: body.cell }, 'field');
        const selection: RecordSelection = {
          filters,
          q: body.q || null,
          cell: cell ?? null,
          sort: body.sort,
          dir: body.dir,
        };
        const why = { purpose: body.purpose, recipient: body.recipient };
        const out = await exportRecords(deps.db, actorOf(req, res), selection, why);
        res.setHeader('X-Export-Rows', String(out.rows));
        // Present only when rows were left out, so a client may test for the header alone.
        if (out.truncated) res.setHeader('X-Export-Truncated', 'true');
        const day = new Date().toISOString().slice(0, 10);
        res.attachment(`records-${day}.csv`).type('text/csv; charset=utf-8').send(out.csv);
      },
    },
    {
      method: 'get',
      path: '/api/records/:id',
      roles: RECORD_ROLES,
      handler: async (req, res) => {
        res.json(await getRecord(deps.db, actorOf(req, res), idOf(req)));
      },
    },
    {
      method: 'post',
      path: '/api/records/:id/reveal',
      roles: RECORD_ROLES,
      readOnly: true,
      handler: async (req, res) => {
        const id = idOf(req);
        const body = parseInput(RevealRequest, req.body ?? {}, 'field');
        res.json(await revealPersonal(deps.db, actorOf(req, res), id, body));
      },
    },
  ];
}
