import type { BoardExceptions, ExceptionRow } from '../../../../../server/contract/board.ts';
import { exceptionsCsv } from '../board-csv.ts';
import { ChangeBadge } from './change-badge.tsx';
import { CountCell } from './count-cell.tsx';
import { CsvButton } from './csv-button.tsx';

const KIND = { area: 'Area', category: 'Category', area_category: 'Area and category' } as const;

const what = (r: ExceptionRow) =>
  r.kind === 'area'
    ? r.areaName
    : r.kind === 'category'
      ? r.categoryLabel
      : `${r.areaName}: ${r.categoryLabel}`;

const pText = (p: number | null) => (p === null ? '–' : p < 0.0001 ? '< 0.0001' : p.toPrecision(2));

/** What changed significantly on last year, most significant first. */
export function ExceptionsList({ data }: { data: BoardExceptions }) {
  const t = data.suppression.threshold;
  if (!data.comparisonComplete)
    return (
      <p className="board-note">
        The data do not cover all of {data.comparison.label}, so there is no fair comparison and no exceptions
        list for this quarter.
      </p>
    );
  return (
    <div className="board-table">
      <div className="board-table__tools">
        <p className="muted board-note">
          {data.rows.length === 0
            ? `Nothing changed significantly: ${data.tested} areas, categories and combinations tested.`
            : `${data.rows.length} of ${data.tested} tested changed significantly.`}
        </p>
        <CsvButton
          label="the exceptions list"
          fileName={`board-exceptions-${data.layer.id}-${data.quarter.id}`}
          rows={() => exceptionsCsv(data)}
        />
      </div>
      {data.rows.length > 0 && (
        <div className="table-scroll">
          <table className="table" data-testid="board-exceptions-table">
            <caption className="visually-hidden">Significant changes on last year</caption>
            <thead>
              <tr>
                <th scope="col">What</th>
                <th scope="col">Kind</th>
                <th scope="col" className="num">
                  {data.quarter.label}
                </th>
                <th scope="col" className="num">
                  {data.comparison.label}
                </th>
                <th scope="col">Change</th>
                <th scope="col" className="num">
                  Adjusted p
                </th>
              </tr>
            </thead>
            <tbody>
              {data.rows.map((r) => (
                <tr key={`${r.kind}-${r.areaCode ?? ''}-${r.category ?? ''}`}>
                  <th scope="row">{what(r)}</th>
                  <td>{KIND[r.kind]}</td>
                  <td className="num">
                    <CountCell count={r.current} threshold={t} />
                  </td>
                  <td className="num">
                    <CountCell count={r.previous} threshold={t} />
                  </td>
                  <td>
                    <ChangeBadge change={r.change} fair />
                  </td>
                  <td className="num">{pText(r.pAdjusted)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
