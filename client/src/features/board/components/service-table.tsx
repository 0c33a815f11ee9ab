import type { ServiceRow, ServiceTable as Table } from '../../../../../server/contract/board.ts';
import { serviceCsv } from '../board-csv.ts';
import { durationText, shareText } from '../board-format.ts';
import { CountCell } from './count-cell.tsx';
import { CsvButton } from './csv-button.tsx';
import { RagBadge } from './rag-badge.tsx';

interface Props {
  table: Table;
  /** What a row is: 'Agency' or 'Category'. */
  keyName: string;
  threshold: number;
  fileName: string;
}

function Row({ r, threshold, total }: { r: ServiceRow; threshold: number; total?: boolean }) {
  const Cell = total ? 'th' : 'td';
  const count = (c: ServiceRow['contacts']) => <CountCell count={c} threshold={threshold} />;
  return (
    <tr className={total ? 'board-table__total' : undefined} data-key={r.key || 'total'}>
      <th scope="row">{r.label}</th>
      <Cell className="num">{count(r.contacts)}</Cell>
      <Cell className="num">{count(r.resolved)}</Cell>
      <Cell className="num">{durationText(r.medianHours)}</Cell>
      <Cell className="num">{durationText(r.p90Hours)}</Cell>
      <Cell className="num" data-testid="within-sla">
        {shareText(r.withinTarget)}
      </Cell>
      <Cell className="num">{count(r.backlog)}</Cell>
      <Cell className="num">{count(r.backlogPastTarget)}</Cell>
      <Cell className="num">{count(r.repeatCallers)}</Cell>
      <Cell>
        <RagBadge status={r.rag?.status ?? null} rag={r.rag} />
      </Cell>
    </tr>
  );
}

/** Service levels per agency or per category, with the total. */
export function ServiceTable({ table, keyName, threshold, fileName }: Props) {
  return (
    <div className="board-table">
      <div className="board-table__tools">
        <CsvButton
          label={`service levels by ${keyName.toLowerCase()}`}
          fileName={fileName}
          rows={() => serviceCsv(table, keyName.toLowerCase(), threshold)}
        />
      </div>
      <div className="table-scroll">
        <table className="table" data-testid={`board-service-${keyName.toLowerCase()}`}>
          <caption className="visually-hidden">Service levels by {keyName.toLowerCase()}</caption>
          <thead>
            <tr>
              <th scope="col">{keyName}</th>
              <th scope="col" className="num">
                Contacts
              </th>
              <th scope="col" className="num">
                Resolved
              </th>
              <th scope="col" className="num">
                Median to resolve
              </th>
              <th scope="col" className="num">
                90% resolved within
              </th>
              <th scope="col" className="num">
                Within SLA (95% interval)
              </th>
              <th scope="col" className="num">
                Backlog at end
              </th>
              <th scope="col" className="num">
                of which past SLA
              </th>
              <th scope="col" className="num">
                Repeat callers
              </th>
              <th scope="col">Against target</th>
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r) => (
              <Row key={r.key} r={r} threshold={threshold} />
            ))}
          </tbody>
          <tfoot>
            <Row r={table.total} threshold={threshold} total />
          </tfoot>
        </table>
      </div>
    </div>
  );
}
