import type { DataQuality } from '../../../../../server/contract/data.ts';
import { formatCount, formatMonthShort } from '../../../lib/format.ts';

interface Props {
  months: readonly string[];
  agencies: DataQuality['agencies'];
}

function cellClass(a: DataQuality['agencies'][number], month: string): string {
  if (a.gaps.includes(month)) return 'feed__cell feed__cell--gap';
  if (a.emptyMonths.includes(month)) return 'feed__cell feed__cell--empty';
  return 'feed__cell';
}

/** Contacts per agency per month; feed gaps stand out, quiet months of small feeds are only shaded. */
export function FeedMonths({ months, agencies }: Props) {
  const gaps = agencies.flatMap((a) => a.gaps.map((m) => `${a.name} in ${formatMonthShort(m)}`));
  return (
    <>
      <p className={gaps.length > 0 ? 'feed__alert' : 'muted'} data-testid="feed-gaps" role="status">
        {gaps.length > 0
          ? `Feed gaps: no contacts from ${gaps.join('; ')}. Check the agency's extract before analysing these months.`
          : 'No feed gaps: every agency sent contacts in every month between its first and last.'}
      </p>
      <div className="table-scroll">
        <table className="table feed" data-testid="feed-months">
          <thead>
            <tr>
              <th scope="col">Agency</th>
              <th scope="col" className="num" title="Median contacts a month">
                Typical
              </th>
              {months.map((m) => (
                <th key={m} scope="col" className="num feed__month">
                  {formatMonthShort(m)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {agencies.map((a) => (
              <tr key={a.code}>
                <th scope="row">{a.name}</th>
                <td className="num">{formatCount(a.typical)}</td>
                {months.map((m, i) => (
                  <td
                    key={m}
                    className={cellClass(a, m)}
                    data-month={m}
                    title={a.gaps.includes(m) ? 'Feed gap: no contacts this month' : undefined}
                  >
                    {formatCount(a.counts[i] ?? 0)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="muted feed__legend">
        <span className="feed__key feed__key--gap" /> Feed gap: an empty month where the agency&apos;s typical month
        has 5 or more contacts (by chance alone that happens less than 1% of the time).{' '}
        <span className="feed__key feed__key--empty" /> Empty month in a small feed: could be chance.
      </p>
    </>
  );
}
