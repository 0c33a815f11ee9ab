import { formatDate } from '../../../lib/format.ts';

interface Props {
  id: string;
  /** The dates in the address bar, if any. */
  chosen: { from: string | null; to: string | null };
  /** The period the server applied (from the summary); null while it is not known. */
  period: { from: string; to: string } | null;
  failed: boolean;
}

/** Says which dates the figures cover, most of all when no date was chosen and the server's default applies. */
export function PeriodInForce({ id, chosen, period, failed }: Props) {
  if (!period) {
    return (
      <p id={id} className="filter-bar__period muted" data-testid="period-in-force">
        {failed ? 'The period in force could not be loaded.' : 'Working out the period…'}
      </p>
    );
  }
  return (
    <p
      id={id}
      className="filter-bar__period"
      data-testid="period-in-force"
      data-from={period.from}
      data-to={period.to}
    >
      Showing{' '}
      <strong>
        {formatDate(period.from)} – {formatDate(period.to)}
      </strong>{' '}
      <span className="muted">{why(chosen)}</span>
    </p>
  );
}

function why({ from, to }: Props['chosen']): string {
  if (from && to) return '(the dates chosen)';
  if (from) return '(from the date chosen to the end of the latest month of data)';
  if (to) return '(the 12 months ending on the date chosen)';
  return '(the last 12 months of data: choose dates to change it)';
}
