import { useLocation } from 'react-router';
import { Panel } from '../../components/panel.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { EmptyState, Loading } from '../../components/states.tsx';
import { fileNameOf } from '../../lib/download/save-file.ts';
import { formatCount } from '../../lib/format.ts';
import { useUrlFilters } from '../../lib/use-url-filters.ts';
import { useMe } from '../auth/api/me.ts';
import { useRecordList } from './api/record-list.ts';
import { ExportButton } from './components/export-button.tsx';
import { RecordPager } from './components/record-pager.tsx';
import { RecordSearch } from './components/record-search.tsx';
import { RecordTable } from './components/record-table.tsx';
import { NO_RECORD_ACCESS, RECORD_ROLES } from './record-access.ts';
import { useRecordView, viewParams } from './use-record-view.ts';
import './records.css';

export default function RecordsPage() {
  const me = useMe();
  if (!me.data) return <Loading label="Checking your access" />;
  if (!RECORD_ROLES.includes(me.data.role)) {
    return (
      <div className="page records">
        <title>Records · ICSB Analytics</title>
        <h1 className="page__title">Records</h1>
        <EmptyState>{NO_RECORD_ACCESS}</EmptyState>
      </div>
    );
  }
  return <RecordList />;
}

/** The records behind the dashboard's figures: searchable, sortable, a page of 100 at a time. */
function RecordList() {
  const { query, ready } = useUrlFilters();
  const filterKey = JSON.stringify(query);
  const { view, search, order, goTo, clearCell } = useRecordView(filterKey);
  const { search: urlSearch } = useLocation();
  const list = useRecordList({ ...query, ...viewParams(view) }, ready);
  const exportRequest = {
    ...query,
    q: view.q || undefined,
    cell: view.cell || undefined,
    sort: view.sort,
    dir: view.dir,
  };

  return (
    <div className="page records">
      <title>Records · ICSB Analytics</title>
      <h1 className="page__title">Records</h1>
      <p className="records__intro muted">
        The filter bar applies. Personal details are redacted unless the record is your agency’s or an
        information sharing agreement covers it; every search and view is recorded in the audit log.
      </p>
      <RecordSearch q={view.q} onSearch={search} />
      {view.cell && (
        <p className="records__cell" data-testid="record-cell">
          In hotspot cell <code>{view.cell}</code> only (the square the map counted).{' '}
          <button type="button" className="button button--link" onClick={clearCell}>
            Show every place
          </button>
        </p>
      )}
      <Panel title="Records" className="records__list" resetKey={filterKey}>
        <QueryState
          query={list}
          loadingLabel="Loading the records"
          isEmpty={(d) => d.total === 0 && d.page === 1}
          empty={
            view.q ? `No records match “${view.q}” with these filters.` : 'No records match these filters.'
          }
        >
          {(d) => (
            <>
              <div className="records__toolbar">
                <p className="records__total" data-testid="record-total">
                  <strong>{formatCount(d.total)}</strong> {d.total === 1 ? 'record' : 'records'}
                  {view.q && <> matching “{view.q}”</>}
                  <span className="muted">
                    {' '}
                    · page {formatCount(d.page)} of{' '}
                    {formatCount(Math.max(1, Math.ceil(d.total / d.pageSize)))}
                  </span>
                </p>
                <ExportButton
                  request={exportRequest}
                  total={d.total}
                  fileName={fileNameOf('records', query.from ?? '', query.to ?? '', view.q) + '.csv'}
                />
              </div>
              {d.rows.length === 0 ? (
                <EmptyState>There is no page {formatCount(d.page)}: go back to the first page.</EmptyState>
              ) : (
                <RecordTable
                  rows={d.rows}
                  caption={`Records, page ${d.page}`}
                  search={urlSearch}
                  order={{ sort: d.sort, dir: d.dir }}
                  onOrder={(o) => order(o.sort, o.dir)}
                />
              )}
              <RecordPager page={d.page} pageSize={d.pageSize} total={d.total} onPage={goTo} />
            </>
          )}
        </QueryState>
      </Panel>
    </div>
  );
}
