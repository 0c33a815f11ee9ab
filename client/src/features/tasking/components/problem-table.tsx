import { Link } from 'react-router';
import { Verdict, VERDICT_LABEL } from '../../../../../server/contract/evaluation.ts';
import type { ProblemSummary } from '../../../../../server/contract/tasking.ts';
import { formatCount, formatDate } from '../../../lib/format.ts';
import { stageLabel } from '../tasking-format.ts';
import { TrendCell } from './trend-cell.tsx';

const score = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 });
const harm = new Intl.NumberFormat('en-GB', { minimumFractionDigits: 1, maximumFractionDigits: 2 });

const verdictLabel = (v: string) => {
  const known = Verdict.safeParse(v);
  return known.success ? VERDICT_LABEL[known.data] : v;
};

/** The JAG meeting list: highest priority first, each part of the priority in its own column. */
export function ProblemTable({ problems }: { problems: readonly ProblemSummary[] }) {
  return (
    <div className="table-scroll">
      <table className="table problem-table">
        <caption className="visually-hidden">Problems in priority order</caption>
        <thead>
          <tr>
            <th scope="col">Rank</th>
            <th scope="col">Problem</th>
            <th scope="col">Score</th>
            <th scope="col">Volume and trend</th>
            <th scope="col">Harm weight</th>
            <th scope="col">Vulnerable repeat callers</th>
            <th scope="col">Stage</th>
            <th scope="col">Owner</th>
            <th scope="col">Review</th>
            <th scope="col">Actions open (overdue)</th>
            <th scope="col">Latest verdict</th>
          </tr>
        </thead>
        <tbody>
          {problems.map((p, i) => (
            <tr key={p.id} data-problem={p.id}>
              <td>{i + 1}</td>
              <th scope="row" className="problem-table__title">
                <Link to={`/tasking/${p.id}`}>{p.title}</Link>
                <span className="muted problem-table__place">{p.placeLabel}</span>
                {p.status === 'closed' && <span className="tag">Closed</span>}
              </th>
              <td className="num">{score.format(p.priority.score)}</td>
              <td>
                <TrendCell priority={p.priority} />
              </td>
              <td className="num">{harm.format(p.priority.harmWeight)}</td>
              <td className="num">
                {p.priority.vulnerableRepeatCallers === null
                  ? 'suppressed'
                  : formatCount(p.priority.vulnerableRepeatCallers)}
              </td>
              <td>{stageLabel(p.stage)}</td>
              <td>{p.ownerAgency.name}</td>
              <td className={p.reviewDue ? 'review-due' : undefined}>
                {formatDate(p.reviewDate)}
                {p.reviewDue && <span className="tag tag--warn">Review due</span>}
              </td>
              <td className="num">
                {p.openActions}
                {p.overdueActions > 0 && <span className="tag tag--warn">{p.overdueActions} overdue</span>}
              </td>
              <td>
                {p.latestVerdict ? (
                  verdictLabel(p.latestVerdict)
                ) : (
                  <span className="muted">Not evaluated</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
