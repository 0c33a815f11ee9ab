import { useRef, useState } from 'react';
import type { Evaluation } from '../../../../../../server/contract/evaluation.ts';
import { downloadChartPng } from '../../../../lib/download/chart-png.ts';
import { downloadCsv } from '../../../../lib/download/csv-download.ts';
import { fileNameOf } from '../../../../lib/download/save-file.ts';
import { formatDate } from '../../../../lib/format.ts';
import { evaluationCsv } from '../evaluation-csv.ts';
import { CountsTable } from './counts-table.tsx';
import { EffectMeasures } from './effect-measures.tsx';
import { EvaluationChart } from './evaluation-chart.tsx';
import { VerdictBadge } from './verdict-badge.tsx';
import { ZonesMap } from './zones-map.tsx';

/** One evaluation: verdict first, then the counts, the measures, the chart and the zones. */
export function EvaluationResult({ evaluation: e, title }: { evaluation: Evaluation; title: string }) {
  const chart = useRef<HTMLDivElement>(null);
  const [pngError, setPngError] = useState<string | null>(null);
  const name = fileNameOf('evaluation', title, e.params.interventionDate);
  const png = () => {
    if (!chart.current) return;
    setPngError(null);
    downloadChartPng(chart.current, name, { title: `${title}: evaluation` }).catch((err: unknown) =>
      setPngError(err instanceof Error ? err.message : String(err)),
    );
  };
  return (
    <article className="evaluation-result" data-testid="evaluation-result" aria-label="Evaluation result">
      <div className="evaluation-result__verdict">
        <VerdictBadge verdict={e.verdict} large />
        <p data-testid="verdict-text">{e.verdictText}</p>
        <p className="muted">
          {e.id === null ? 'Preview, not saved' : `Saved by ${e.runBy}, ${formatDate(e.runAt)}`}; intervention{' '}
          {formatDate(e.params.interventionDate)}, buffer {e.params.bufferM} m, {e.params.months} months
          either side, control: {e.params.controlLabel}.
        </p>
      </div>
      {e.warnings.length > 0 && (
        <ul className="evaluation-warnings" role="status">
          {e.warnings.map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
      )}
      <div className="evaluation-result__tools">
        <button
          type="button"
          className="button button--secondary button--small"
          onClick={() => downloadCsv(name, evaluationCsv(e))}
        >
          Download counts (CSV)
        </button>
        <button type="button" className="button button--secondary button--small" onClick={png}>
          Download chart (PNG)
        </button>
        {pngError && (
          <span className="form-error" role="alert">
            {pngError}
          </span>
        )}
      </div>
      <CountsTable evaluation={e} />
      <EffectMeasures evaluation={e} />
      <div className="evaluation-result__figures">
        <div ref={chart}>
          <EvaluationChart evaluation={e} />
          <p className="muted evaluation-note">
            Each line is indexed to 100 for its own monthly average before the intervention, so the small
            target and the large control can be compared on one scale; hover for the counts.
          </p>
        </div>
        <ZonesMap evaluation={e} />
      </div>
    </article>
  );
}
