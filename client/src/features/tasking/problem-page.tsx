import type { GeoJsonObject } from 'geojson';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import type { ProblemDetail } from '../../../../server/contract/tasking.ts';
import { Panel } from '../../components/panel.tsx';
import { QueryState } from '../../components/query-state.tsx';
import { EmptyState } from '../../components/states.tsx';
import { useOptions } from '../../lib/api/options.ts';
import { useProblem } from './api/problem.ts';
import { useUpdateProblem } from './api/update-problem.ts';
import { ActionForm } from './components/action-form.tsx';
import { ActionsTable } from './components/actions-table.tsx';
import { HistoryList } from './components/history-list.tsx';
import { ProblemEditForm } from './components/problem-edit-form.tsx';
import { ProblemFacts } from './components/problem-facts.tsx';
import { ProblemMap } from './components/problem-map.tsx';
import { SaraStepper } from './components/sara-stepper.tsx';
import { EvaluationPanel } from './evaluation/evaluation-panel.tsx';
import './tasking.css';

/** One problem: where it is, who owns it, the actions taken, every change, and whether it worked. */
export default function ProblemPage() {
  const id = Number(useParams().id);
  if (!Number.isInteger(id) || id <= 0) {
    return <EmptyState>There is no problem with this number. Go back to the Tasking list.</EmptyState>;
  }
  return <ProblemView id={id} />;
}

function ProblemView({ id }: { id: number }) {
  const problem = useProblem(id);
  return (
    <div className="page problem-page">
      <QueryState query={problem} loadingLabel="Loading the problem">
        {(d) => <ProblemBody detail={d} onReload={() => void problem.refetch()} />}
      </QueryState>
    </div>
  );
}

function ProblemBody({ detail, onReload }: { detail: ProblemDetail; onReload: () => void }) {
  const { problem: p, actions, history, canWrite } = detail;
  const agencies = useOptions().data?.agencies ?? [];
  const update = useUpdateProblem();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <title>{`${p.title} · Tasking · ICSB Analytics`}</title>
      <p className="problem-page__back">
        <Link to="/tasking">← All problems</Link>
      </p>
      <h1 className="page__title">{p.title}</h1>
      <p className="problem-page__place">
        {p.placeLabel} · <Link to={`/?area=${encodeURIComponent(p.areaFilter)}`}>Open on the dashboard</Link>
        {!canWrite && <span className="tag">Read only</span>}
      </p>
      <SaraStepper stage={p.stage} />
      <div className="problem-page__grid">
        <Panel title="Place" className="problem-page__map">
          <ProblemMap geometry={p.geometry as unknown as GeoJsonObject} label={p.placeLabel} />
        </Panel>
        <Panel title="Details">
          {editing ? (
            <ProblemEditForm
              key={p.version}
              problem={p}
              agencies={agencies}
              saving={update.isPending}
              error={update.error}
              onSave={(patch) => update.mutate({ id: p.id, patch }, { onSuccess: () => setEditing(false) })}
              onCancel={() => {
                update.reset();
                setEditing(false);
              }}
              onReload={() => {
                update.reset();
                onReload();
              }}
            />
          ) : (
            <>
              <ProblemFacts problem={p} />
              {canWrite && (
                <button type="button" className="button button--secondary" onClick={() => setEditing(true)}>
                  Edit the problem
                </button>
              )}
            </>
          )}
        </Panel>
      </div>
      <Panel
        title="Actions"
        description="What each agency has been tasked with, by when, and how it is going."
      >
        <ActionsTable actions={actions} canWrite={canWrite} onReload={onReload} />
        {canWrite && <ActionForm problemId={p.id} agencies={agencies} />}
      </Panel>
      <EvaluationPanel problem={p} canWrite={canWrite} />
      <Panel title="History" description="Every change kept, newest first: who, when and what.">
        <HistoryList history={history} actions={actions} />
      </Panel>
    </>
  );
}
