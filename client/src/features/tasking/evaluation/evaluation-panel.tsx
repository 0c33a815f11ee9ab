import { useState } from 'react';
import type { Evaluation } from '../../../../../server/contract/evaluation.ts';
import type { ProblemDetail } from '../../../../../server/contract/tasking.ts';
import { Panel } from '../../../components/panel.tsx';
import { QueryState } from '../../../components/query-state.tsx';
import { useSummary } from '../../../lib/api/summary.ts';
import { useProblemActions } from './api/problem-actions.ts';
import { useProblemEvaluations } from './api/problem-evaluations.ts';
import { useRunEvaluation, type EvaluationInput } from './api/run-evaluation.ts';
import { EvaluationForm } from './components/evaluation-form.tsx';
import { EvaluationResult } from './components/evaluation-result.tsx';
import { SavedEvaluations } from './components/saved-evaluations.tsx';
import { defaultDraft, type EvaluationDraft } from './evaluation-defaults.ts';
import './evaluation.css';

type Props = { problem: ProblemDetail['problem']; canWrite: boolean };

const requestOf = (d: EvaluationDraft, save: boolean): EvaluationInput => ({
  interventionDate: d.interventionDate,
  bufferM: d.bufferM,
  months: d.months,
  control: d.controlLayer
    ? { kind: 'area', layer: d.controlLayer, code: d.controlCode }
    : { kind: 'district' },
  categories: d.categories,
  save,
});

/** The assessment stage of a problem: did the response work, against a control, with displacement weighed. */
export function EvaluationPanel(props: Props) {
  // A new problem starts afresh: no draft or result carried over from the one before.
  return <ProblemEvaluation key={props.problem.id} {...props} />;
}

function ProblemEvaluation({ problem, canWrite }: Props) {
  const actions = useProblemActions(problem.id).data;
  const saved = useProblemEvaluations(problem.id);
  const run = useRunEvaluation(problem.id);
  const [edited, setEdited] = useState<EvaluationDraft | null>(null);
  const [picked, setPicked] = useState<Evaluation | null>(null);
  // The default period ends with the latest month of data: the last date an evaluation can look after.
  const dataEnd = useSummary({}).data?.period.to ?? null;
  const draft = edited ?? defaultDraft(actions ?? [], problem.categories, dataEnd);
  // The newest thing the user asked for: a run just made, a saved one picked, else the latest saved.
  const shown = picked ?? run.data ?? saved.data?.evaluations[0] ?? null;
  const onRun = (save: boolean) => {
    setPicked(null);
    run.mutate(requestOf(draft, save));
  };
  return (
    <Panel
      title="Evaluation"
      className="evaluation"
      description="Did the response work? The problem's place against a control, before and after, with the buffer ring around it checked for displacement."
      resetKey={String(problem.id)}
    >
      {canWrite ? (
        <EvaluationForm
          draft={draft}
          onChange={(patch) => setEdited({ ...draft, ...patch })}
          onRun={onRun}
          busy={run.isPending}
        />
      ) : (
        <p className="muted">You can read the saved evaluations; analysts and tasking officers run them.</p>
      )}
      {run.isPending && (
        <p className="state state--loading" role="status">
          <span className="spinner" aria-hidden="true" />
          Counting contacts in the target, buffer and control…
        </p>
      )}
      {run.isError && (
        <p className="form-error" role="alert">
          {run.error.message}
        </p>
      )}
      {shown && <EvaluationResult evaluation={shown} title={problem.title} />}
      <h3 className="evaluation__subtitle">Saved evaluations</h3>
      <QueryState query={saved} loadingLabel="Loading saved evaluations">
        {(d) => (
          <SavedEvaluations
            evaluations={d.evaluations}
            shownId={shown?.id ?? null}
            onShow={(e) => setPicked(e)}
          />
        )}
      </QueryState>
    </Panel>
  );
}
