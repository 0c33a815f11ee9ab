import type { BoardTaskingResults, BoardTaskingRow } from '../../../../../server/contract/evaluation.ts';
import { SARA_LABEL } from '../../../../../server/contract/tasking.ts';
import { formatDate, formatPercentChange } from '../../../lib/format.ts';
import { VerdictBadge } from '../../tasking/evaluation/components/verdict-badge.tsx';
import { round } from '../board-format.ts';
import { taskingCsv } from '../tasking-csv.ts';
import { CountCell } from './count-cell.tsx';
import { CsvButton } from './csv-button.tsx';
import './tasking-results.css';

const ZONES = ['target', 'buffer', 'control'] as const;
const ZONE_NAME = { target: 'Target', buffer: 'Buffer', control: 'Control' } as const;
const num = (n: number | null, digits: number) => {
  const v = round(n, digits);
  return v === null ? '–' : String(v).replace('-', '\u2212');
};

/** Whether the change is more than chance: the board should not read a noisy fall as a result. */
const testNote = (t: BoardTaskingRow['targetTest']) =>
  t.p === null
    ? 'not tested'
    : `${t.significant ? 'significant' : 'not significant'}, p ${t.p < 0.001 ? '< 0.001' : `= ${t.p.toFixed(3)}`}`;

function Row({ r, threshold }: { r: BoardTaskingRow; threshold: number }) {
  return (
    <tr data-problem={r.problemId}>
      <th scope="row">
        {r.title}
        <span className="table-sub">
          {r.ownerAgency.name} · {SARA_LABEL[r.stage]}
          {r.status === 'closed' ? ' · closed' : ''}
        </span>
      </th>
      <td>
        {formatDate(r.interventionDate)}
        <span className="table-sub">
          {r.bufferM} m buffer; {r.controlLabel}
        </span>
      </td>
      <td>
        <VerdictBadge verdict={r.verdict} />
      </td>
      <td className="num">
        {r.changeAgainstControl === null ? '–' : formatPercentChange(r.changeAgainstControl)}
        <span className="table-sub">{testNote(r.targetTest)}</span>
      </td>
      <td className="num">{num(r.wdq, 2)}</td>
      <td className="num">{num(r.tne, 1)}</td>
      {ZONES.map((z) => (
        <td key={z} className="num" data-zone={z}>
          <CountCell count={r.counts[z].before} threshold={threshold} /> →{' '}
          <CountCell count={r.counts[z].after} threshold={threshold} />
        </td>
      ))}
    </tr>
  );
}

/** The latest saved evaluation of each problem: did the partnership's responses work. */
export function TaskingResults({ data }: { data: BoardTaskingResults }) {
  if (data.rows.length === 0) return <p className="muted">No problem has a saved evaluation yet.</p>;
  return (
    <div className="board-table">
      <div className="board-table__tools">
        <CsvButton
          label="the tasking results"
          fileName="board-tasking-results"
          rows={() => taskingCsv(data)}
        />
      </div>
      <div className="table-scroll">
        <table className="table board-tasking" data-testid="board-tasking-table">
          <caption className="visually-hidden">Latest evaluation of each problem</caption>
          <thead>
            <tr>
              <th scope="col">Problem</th>
              <th scope="col">Intervention</th>
              <th scope="col">Verdict</th>
              <th scope="col" className="num">
                Change against control
              </th>
              <th scope="col" className="num">
                WDQ
              </th>
              <th scope="col" className="num">
                TNE
              </th>
              {ZONES.map((z) => (
                <th key={z} scope="col" className="num">
                  {ZONE_NAME[z]} before → after
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <Row key={r.problemId} r={r} threshold={data.suppression.threshold} />
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted board-note">
        {data.rules.verdict} {data.rules.wdq} {data.suppression.applied ? data.suppression.rule : ''}
      </p>
    </div>
  );
}
