import type { Evaluation } from '../../../../../../server/contract/evaluation.ts';
import { formatNumber2, formatSigned1, testText } from '../evaluation-format.ts';

/** WDQ, TNE and the two tests against control, with the rules that turn them into the verdict. */
export function EffectMeasures({ evaluation: e }: { evaluation: Evaluation }) {
  return (
    <>
      <dl className="evaluation-measures">
        <div>
          <dt>Target against control (odds ratio)</dt>
          <dd data-testid="target-test">
            {testText(e.targetTest)}
            {e.targetTest.significant && <strong> significant</strong>}
          </dd>
        </div>
        <div>
          <dt>Buffer against control (odds ratio)</dt>
          <dd data-testid="buffer-test">
            {testText(e.bufferTest)}
            {e.bufferTest.significant && <strong> significant</strong>}
          </dd>
        </div>
        <div>
          <dt>Weighted Displacement Quotient</dt>
          <dd data-testid="wdq">{formatNumber2(e.wdq)}</dd>
        </div>
        <div>
          <dt>Total Net Effect (contacts prevented)</dt>
          <dd data-testid="tne">{formatSigned1(e.tne)}</dd>
        </div>
      </dl>
      <details className="evaluation-rules">
        <summary>How this is decided</summary>
        <p>
          An odds ratio above 1 means the zone fell relative to the control (below 1, it rose); it is
          significant when its 95% interval leaves out 1.
        </p>
        <p>{e.rules.test}</p>
        <p>{e.rules.verdict}</p>
        <p>{e.rules.wdq}</p>
      </details>
    </>
  );
}
