import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { AuditPage } from '../../../../../server/contract/audit.ts';
import { api } from '../../../lib/api-client.ts';

type Params = Record<string, string>;

export const auditLogQuery = (p: Params) =>
  queryOptions({
    queryKey: ['auditLog', p],
    queryFn: ({ signal }) => api.get('/api/audit', AuditPage, p, signal),
    placeholderData: keepPreviousData,
  });

export const useAuditLog = (p: Params) => useQuery(auditLogQuery(p));
