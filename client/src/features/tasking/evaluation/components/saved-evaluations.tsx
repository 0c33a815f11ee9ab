import type { Evaluation } from '../../../../../../server/contract/evaluation.ts';
import { formatDate } from '../../../../lib/format.ts';
import { VerdictBadge } from './verdict-badge.tsx';

interface Props {
  evaluations: readonly Evaluation[];
  shownId: number | null;
  onShow: (e: Evaluation) => void;
}

/** The problem's saved evaluations, newest first, with what each was run on. */
export function SavedEvaluations({ evaluations, shownId, onShow }: Props) {
  if (evaluations.length === 0) return <p className="muted">No evaluation has been saved yet.</p>;
  return (
    <div className="table-scroll">
      <table className="table" data-testid="saved-evaluations">
        <caption className="visually-hidden">Saved evaluations, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Run</th>
            <th scope="col">Intervention</th>
            <th scope="col" className="num">
              Buffer
            </th>
            <th scope="col" className="num">
              Months
            </th>
            <th scope="col">Control</th>
            <th scope="col">Verdict</th>
            <th scope="col">
              <span className="visually-hidden">Show</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {evaluations.map((e) => (
            <tr key={e.id ?? e.runAt} aria-current={e.id === shownId ? 'true' : undefined}>
              <td>
                {formatDate(e.runAt)} <span className="table-sub">{e.runBy}</span>
              </td>
              <td>{formatDate(e.params.interventionDate)}</td>
              <td className="num">{e.params.bufferM} m</td>
              <td className="num">{e.params.months}</td>
              <td>{e.params.controlLabel}</td>
              <td>
                <VerdictBadge verdict={e.verdict} />
              </td>
              <td>
                <button
                  type="button"
                  className="button button--secondary button--small"
                  disabled={e.id === shownId}
                  onClick={() => onShow(e)}
                >
                  {e.id === shownId ? 'Shown' : 'Show'}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
