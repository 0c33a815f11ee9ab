import { Link, useLocation, useParams } from 'react-router';
import type { RecordDetail } from '../../../../server/contract/records.ts';
import { CATEGORY_LABEL } from '../../../../server/contract/taxonomy.ts';
import { Panel } from '../../components/panel.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { EmptyState, Loading } from '../../components/states.tsx';
import { useMe } from '../auth/api/me.ts';
import { useRecordDetail } from './api/record-detail.ts';
import { PersonalFields } from './components/personal-fields.tsx';
import { RecordAreas } from './components/record-areas.tsx';
import { RecordFacts } from './components/record-facts.tsx';
import { RecordHistory } from './components/record-history.tsx';
import { RecordTable } from './components/record-table.tsx';
import { NO_RECORD_ACCESS, RECORD_ROLES } from './record-access.ts';
import './records.css';

/** One record: what it says, its areas, the same incident as other agencies reported it, its history. */
export default function RecordPage() {
  const id = Number(useParams().id);
  const me = useMe();
  if (!me.data) return <Loading label="Checking your access" />;
  if (!RECORD_ROLES.includes(me.data.role)) return <EmptyState>{NO_RECORD_ACCESS}</EmptyState>;
  if (!Number.isInteger(id) || id <= 0) {
    return <EmptyState>There is no record with this number. Go back to the Records list.</EmptyState>;
  }
  return <RecordView id={id} />;
}

function RecordView({ id }: { id: number }) {
  const detail = useRecordDetail(id);
  return (
    <div className="page record-page">
      <QueryState query={detail} loadingLabel="Loading the record">
        {(d) => <RecordBody detail={d} />}
      </QueryState>
    </div>
  );
}

function RecordBody({ detail }: { detail: RecordDetail }) {
  const { record: r, areas, linked, history } = detail;
  const { search } = useLocation();
  const isAdmin = useMe().data?.role === 'admin';
  return (
    <>
      <title>{`Record ${r.id} · Records · ICSB Analytics`}</title>
      <p className="record-page__back">
        <Link to={{ pathname: '/records', search }}>← Back to the records</Link>
      </p>
      <h1 className="page__title">
        Record {r.id}: {CATEGORY_LABEL[r.category]}
      </h1>
      <div className="record-page__grid">
        <Panel title="Record">
          <RecordFacts record={r} />
        </Panel>
        <Panel
          title="Personal details"
          description="Shown only to the owning agency, or to an agency an information sharing agreement covers, after giving a reason."
        >
          <PersonalFields key={r.id} record={r} />
        </Panel>
        <Panel title="Areas">
          <RecordAreas areas={areas} />
        </Panel>
      </div>
      <Panel
        title="Linked reports from other agencies"
        description="The same incident as reported to other agencies; each is redacted or not on its own terms."
      >
        {linked.length === 0 ? (
          <p className="muted">No other agency reported this incident.</p>
        ) : (
          <RecordTable rows={linked} caption={`Reports linked to record ${r.id}`} search={search} />
        )}
      </Panel>
      <Panel title="History" description="Oldest first.">
        <RecordHistory history={history} />
        {isAdmin && (
          <p className="record-page__audit">
            <Link to={`/audit?record=${r.id}`}>Every audit log entry naming this record</Link>
          </p>
        )}
      </Panel>
    </>
  );
}
