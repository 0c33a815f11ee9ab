import { Panel } from '../../components/panel.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { auditExportUrl } from './api/audit-export.ts';
import { useAuditLog } from './api/audit-log.ts';
import { AuditFilters } from './components/audit-filters.tsx';
import { AuditPager } from './components/audit-pager.tsx';
import { AuditTable } from './components/audit-table.tsx';
import { auditParams, useAuditView } from './use-audit-view.ts';
import './audit.css';

/** The administrator's view of the append-only audit log: filter, page through, export. */
export default function AuditPage() {
  const { view, apply } = useAuditView();
  const params = auditParams(view);
  const log = useAuditLog(params);
  const { page: _page, ...filters } = view;

  return (
    <div className="page audit">
      <title>Audit · ICSB Analytics</title>
      <h1 className="page__title">Audit log</h1>
      <p className="muted audit__scope">
        Who did what, when and from where. The log cannot be changed; the contact filters above do not apply
        to it.
      </p>
      <Panel title="Filters" className="audit__filters">
        <AuditFilters key={JSON.stringify(filters)} view={filters} onApply={apply} />
      </Panel>
      <Panel
        title="Entries"
        className="audit__entries"
        description="Newest first. The export holds every entry these filters match, and is itself logged."
      >
        <div className="audit__toolbar">
          <a className="button button--secondary" href={auditExportUrl(params)} download>
            Export CSV
          </a>
        </div>
        <QueryState
          query={log}
          loadingLabel="Loading the audit log"
          isEmpty={(p) => p.total === 0}
          empty="No entries match these filters."
        >
          {(p) => (
            <>
              <AuditTable rows={p.rows} />
              <AuditPager
                page={p.page}
                pageSize={p.pageSize}
                total={p.total}
                onPage={(page) => apply({ ...filters, page })}
              />
            </>
          )}
        </QueryState>
      </Panel>
    </div>
  );
}
