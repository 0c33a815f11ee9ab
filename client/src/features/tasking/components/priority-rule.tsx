import type { ProblemSummary } from '../../../../../server/contract/tasking.ts';
import { useOptions } from '../../../lib/api/options.ts';

interface Props {
  problems: readonly ProblemSummary[];
  harmWeights: Record<string, number>;
}

const sentence = (s: string) => (/[.!?]$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

/** How the score is made, stated once under the list, with the harm weight of each category. */
export function PriorityRule({ problems, harmWeights }: Props) {
  const categories = useOptions().data?.categories ?? [];
  const label = (code: string) => categories.find((c) => c.code === code)?.label ?? code;
  const first = problems[0]?.priority;
  const weights = Object.entries(harmWeights).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    <div className="priority-rule">
      {first && (
        <p>
          <strong>How problems are ranked:</strong> {sentence(first.rule)} Here “volume” is the last{' '}
          {first.months} full months and “before” the {first.months} months before them. The arrow shows a
          real change only when Wheeler's |z| is 3 or more.
        </p>
      )}
      <details>
        <summary>Harm weight of each category</summary>
        <ul className="priority-rule__weights">
          {weights.map(([code, w]) => (
            <li key={code}>
              {label(code)}: {w}
            </li>
          ))}
        </ul>
      </details>
    </div>
  );
}
