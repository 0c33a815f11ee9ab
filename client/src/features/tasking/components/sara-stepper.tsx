import { SARA_STAGES, type SaraStage } from '../../../../../server/contract/tasking.ts';
import { stageLabel } from '../tasking-format.ts';

const WHAT: Record<SaraStage, string> = {
  scanning: 'Spot and confirm the problem',
  analysis: 'Understand its causes',
  response: 'Act on it with partners',
  assessment: 'Check whether it worked',
};

/** The SARA problem-solving stages, the problem's current one marked. */
export function SaraStepper({ stage }: { stage: SaraStage }) {
  const at = SARA_STAGES.indexOf(stage);
  return (
    <ol className="sara-stepper" aria-label="SARA stage">
      {SARA_STAGES.map((s, i) => (
        <li
          key={s}
          className={`sara-stepper__step sara-stepper__step--${i < at ? 'done' : i === at ? 'current' : 'todo'}`}
          aria-current={i === at ? 'step' : undefined}
        >
          <span className="sara-stepper__number" aria-hidden="true">
            {i + 1}
          </span>
          <span className="sara-stepper__label">{stageLabel(s)}</span>
          <span className="sara-stepper__what">{WHAT[s]}</span>
        </li>
      ))}
    </ol>
  );
}
