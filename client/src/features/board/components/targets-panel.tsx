import type { BoardAreaRow, BoardTargets, TargetRow } from '../../../../../server/contract/board.ts';
import { formatRate, formatShare } from '../../../lib/format.ts';
import { useRemoveBoardTarget } from '../api/remove-board-target.ts';
import { targetsCsv } from '../board-csv.ts';
import { rateText, shareText } from '../board-format.ts';
import { CountCell } from './count-cell.tsx';
import { CsvButton } from './csv-button.tsx';
import { RagBadge } from './rag-badge.tsx';
import { TargetForm } from './target-form.tsx';

interface Props {
  data: BoardTargets;
  editable: boolean;
  layer: { id: string; name: string };
  areas: readonly Pick<BoardAreaRow, 'code' | 'name'>[];
  categoryLabel: (code: string) => string;
}

function scope(t: TargetRow, categoryLabel: Props['categoryLabel']): string {
  const where =
    t.measure === 'rate_per_1000'
      ? t.areaCode
        ? `${t.areaName ?? t.areaCode} (${t.layer})`
        : `each area of ${t.layer} (here the whole layer; each area in the table above)`
      : (t.agencyName ?? t.agency ?? 'All agencies');
  return `${where}, ${t.category ? categoryLabel(t.category) : 'all categories'}`;
}

const targetText = (t: TargetRow) =>
  t.measure === 'rate_per_1000'
    ? `at most ${formatRate(t.target)} per 1,000`
    : `at least ${formatShare(t.target)}`;

/** Every target with this quarter's value and RAG; admins add and remove them here. */
export function TargetsPanel({ data, editable, layer, areas, categoryLabel }: Props) {
  const remove = useRemoveBoardTarget();
  return (
    <div className="board-table">
      <div className="board-table__tools">
        <p className="muted board-note">{data.rule}</p>
        <CsvButton
          label="the targets"
          fileName={`board-targets-${data.quarter.id}`}
          rows={() => targetsCsv(data)}
        />
      </div>
      {data.targets.length === 0 ? (
        <p className="board-note">No targets are set{editable ? '; add one below.' : '.'}</p>
      ) : (
        <div className="table-scroll">
          <table className="table" data-testid="board-targets-table">
            <caption className="visually-hidden">Targets and this quarter&rsquo;s status</caption>
            <thead>
              <tr>
                <th scope="col">Measure and scope</th>
                <th scope="col">Target</th>
                <th scope="col" className="num">
                  Count
                </th>
                <th scope="col" className="num">
                  This quarter (95% interval)
                </th>
                <th scope="col">Status</th>
                {editable && <th scope="col">Set by</th>}
              </tr>
            </thead>
            <tbody>
              {data.targets.map((t) => (
                <tr key={t.id}>
                  <th scope="row">
                    {t.measure === 'rate_per_1000' ? 'Rate per 1,000 residents' : 'Share within SLA'}:{' '}
                    {scope(t, categoryLabel)}
                  </th>
                  <td>{targetText(t)}</td>
                  <td className="num">
                    <CountCell count={t.count} threshold={data.suppression.threshold} />
                  </td>
                  <td className="num">
                    {t.measure === 'rate_per_1000' ? rateText(t.value) : shareText(t.value)}
                  </td>
                  <td>
                    <RagBadge status={t.rag} />
                  </td>
                  {editable && (
                    <td>
                      {t.setBy}{' '}
                      <button
                        type="button"
                        className="button button--link no-print"
                        disabled={remove.isPending}
                        onClick={() => remove.mutate(t.id)}
                        aria-label={`Remove the target ${scope(t, categoryLabel)}`}
                      >
                        Remove
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {remove.isError && (
        <p className="form-error" role="alert">
          {remove.error.message}
        </p>
      )}
      {editable && <TargetForm layer={layer} areas={areas} />}
    </div>
  );
}
