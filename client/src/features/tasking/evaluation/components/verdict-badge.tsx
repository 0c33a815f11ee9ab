import { VERDICT_LABEL, type Verdict } from '../../../../../../server/contract/evaluation.ts';
import './verdict-badge.css';

/** The verdict as a coloured badge: the colour repeats the words, it never replaces them. */
export function VerdictBadge({ verdict, large = false }: { verdict: Verdict; large?: boolean }) {
  return (
    <span
      className={`verdict-badge verdict-badge--${verdict}${large ? ' verdict-badge--large' : ''}`}
      data-verdict={verdict}
    >
      {VERDICT_LABEL[verdict]}
    </span>
  );
}
