import type { BoardAreaRow, BoardAreas } from '../../../../../server/contract/board.ts';
import { formatCount } from '../../../lib/format.ts';
import { areasCsv } from '../board-csv.ts';
import { rateText } from '../board-format.ts';
import { ChangeBadge } from './change-badge.tsx';
import { CountCell } from './count-cell.tsx';
import { CsvButton } from './csv-button.tsx';
import { RagBadge } from './rag-badge.tsx';

function Row({ r, d, total }: { r: BoardAreaRow; d: BoardAreas; total?: boolean }) {
  const t = d.suppression.threshold;
  const Cell = total ? 'th' : 'td';
  return (
    <tr className={total ? 'board-table__total' : undefined} data-area={r.code || 'total'}>
      <th scope="row">{r.name}</th>
      <Cell className="num">{r.population === null ? '–' : formatCount(r.population)}</Cell>
      <Cell className="num" data-testid="area-current">
        <CountCell count={r.current} threshold={t} />
      </Cell>
      <Cell className="num">
        <CountCell count={r.previous} threshold={t} />
      </Cell>
      <Cell>
        <ChangeBadge change={r.change} fair={d.comparisonComplete} />
      </Cell>
      <Cell className="num">{rateText(r.rate)}</Cell>
      <Cell>
        <RagBadge status={r.rag?.status ?? null} rag={r.rag} />
      </Cell>
    </tr>
  );
}

/** Each area's quarter against the same quarter last year, its rate per 1,000 and its RAG. */
export function AreasTable({ data }: { data: BoardAreas }) {
  return (
    <div className="board-table">
      <div className="board-table__tools">
        <CsvButton
          label="the areas table"
          fileName={`board-areas-${data.layer.id}-${data.quarter.id}`}
          rows={() => areasCsv(data)}
        />
      </div>
      <div className="table-scroll">
        <table className="table" data-testid="board-areas-table">
          <caption className="visually-hidden">
            Contacts per area, {data.quarter.label} against {data.comparison.label}
          </caption>
          <thead>
            <tr>
              <th scope="col">Area</th>
              <th scope="col" className="num">
                Residents
              </th>
              <th scope="col" className="num">
                {data.quarter.label}
              </th>
              <th scope="col" className="num">
                {data.comparison.label}
              </th>
              <th scope="col">Change (E-test)</th>
              <th scope="col" className="num">
                Rate per 1,000 (95% interval)
              </th>
              <th scope="col">Against target</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <Row key={r.code} r={r} d={data} />
            ))}
          </tbody>
          <tfoot>
            <Row r={data.total} d={data} total />
          </tfoot>
        </table>
      </div>
    </div>
  );
}
