import type { BoardCount } from '../../../../../server/contract/board.ts';
import { countText } from '../board-format.ts';

const TITLE = {
  small_count: (t: number) => `Fewer than ${t}: hidden so nobody can be recognised`,
  protects_another: (t: number) => `Hidden so that a count below ${t} cannot be worked out from the totals`,
} as const;

/** A count, or its hidden form with the reason on hover and for screen readers. */
export function CountCell({ count, threshold }: { count: BoardCount; threshold: number }) {
  if (count.suppressed === null) return <>{countText(count, threshold)}</>;
  const why = TITLE[count.suppressed](threshold);
  return (
    <span className="count-hidden" title={why} data-suppressed={count.suppressed}>
      <span aria-hidden="true">{countText(count, threshold)}</span>
      <span className="visually-hidden">{why}</span>
    </span>
  );
}
