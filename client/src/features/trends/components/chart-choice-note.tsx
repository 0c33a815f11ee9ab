import type { ControlChartDto } from '../../../../../server/contract/trends.ts';

const NAME = { c: 'c-chart', xmr: 'XmR chart' } as const;

/** Which chart is drawn and why; a warning when the chosen one goes against the dispersion rule. */
export function ChartChoiceNote({ control }: { control: ControlChartDto }) {
  const { choice } = control;
  const against = choice.requested !== 'auto' && choice.requested !== choice.advised;
  return (
    <div className="chart-choice" data-testid="chart-choice">
      <p className="trend-note">
        <strong>
          {NAME[control.kind]}
          {choice.requested === 'auto' ? ', chosen automatically' : ', as chosen'}.
        </strong>{' '}
        {choice.reason}
      </p>
      {against && (
        <p className="left-out-note" role="note" data-testid="chart-choice-warning">
          The rule advises the {NAME[choice.advised]} for these counts.{' '}
          {choice.advised === 'xmr'
            ? 'c-chart limits are too narrow for counts this variable and will flag ordinary points.'
            : 'The c-chart is the sharper test when counts vary as Poisson counts do.'}
        </p>
      )}
      <p className="muted trend-note">{choice.rule}</p>
    </div>
  );
}
