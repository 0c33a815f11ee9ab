import type { Request } from 'express';
import { AuditQuery } from '../contract/audit.ts';
import { auditCsv } from '../services/audit/audit-csv.ts';
import { getAuditPage } from '../services/audit/list-audit.ts';
import { recordAudit } from '../services/audit/record-audit.ts';
import type { AppDeps } from './deps.ts';
import { userOf, type RouteDef } from './route.ts';
import { parseInput } from './validate.ts';

const queryOf = (req: Request) =>
  parseInput(AuditQuery, {
    from: req.query.from,
    to: req.query.to,
    action: req.query.action || undefined,
    user: req.query.user || undefined,
    record: req.query.record || undefined,
    page: req.query.page,
    pageSize: req.query.pageSize,
  });

/** The append-only audit log for administrators: read and export only, no route changes a row. */
export function auditRoutes(deps: AppDeps): RouteDef[] {
  return [
    {
      method: 'get',
      path: '/api/audit',
      roles: ['admin'],
      handler: async (req, res) => {
        res.json(await getAuditPage(deps.db, queryOf(req)));
      },
    },
    {
      method: 'get',
      path: '/api/audit/export.csv',
      roles: ['admin'],
      handler: async (req, res) => {
        const q = queryOf(req);
        const { csv, rows } = await auditCsv(deps.db, q);
        const filters = (['from', 'to', 'action', 'user', 'record'] as const)
          .filter((k) => q[k] !== undefined)
          .map((k) => `${k}=${String(q[k])}`);
        const detail = `audit log CSV, ${rows} row${rows === 1 ? '' : 's'}${filters.length ? `; ${filters.join(' ')}` : ''}`;
        await recordAudit(deps.db, { user: userOf(res), ip: req.ip }, 'export', detail);
        const day = new Date().toISOString().slice(0, 10);
        res.attachment(`audit-log-${day}.csv`).type('text/csv; charset=utf-8').send(csv);
      },
    },
  ];
}
