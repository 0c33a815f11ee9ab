import { urlWithParams } from '../../../lib/api-client.ts';

/** The CSV export is a plain link: the browser downloads it with the session cookie, and the server audits it. */
export const auditExportUrl = (p: Record<string, string>): string => {
  const { page: _page, ...filters } = p;
  return urlWithParams('/api/audit/export.csv', filters);
};
