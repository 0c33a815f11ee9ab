import type { ProfileHourWeekday } from '../../../../../server/contract/hotspots.ts';
import { formatCount } from '../../../lib/format.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
/** Light to dark blue (ColorBrewer Blues, 6 steps); empty hours stay white. */
const BLUES = ['#ffffff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'];

const shade = (v: number, max: number) =>
  v <= 0 || max <= 0 ? (BLUES[0] as string) : (BLUES[Math.min(6, 1 + Math.floor((v / max) * 6))] as string);

/** A small hour x weekday heat grid (aoristic weights), with the records left out stated beside it. */
export function HourWeekdayGrid({ data }: { data: ProfileHourWeekday }) {
  const max = Math.max(0, ...data.cells.flat());
  const { monthOnly, dayOnly, invalid } = data.leftOut;
  return (
    <div className="hour-grid" data-testid="profile-hour-weekday">
      {data.records > 0 && (
        <table className="hour-grid__table" aria-label="Contacts by weekday and hour (aoristic)">
          <tbody>
            {data.cells.map((row, d) => (
              <tr key={DAYS[d]}>
                <th scope="row">{DAYS[d]}</th>
                {row.map((v, h) => (
                  <td
                    key={h}
                    style={{ background: shade(v, max) }}
                    title={`${DAYS[d]} ${String(h).padStart(2, '0')}:00: ${v.toFixed(1)}`}
                  />
                ))}
              </tr>
            ))}
            <tr className="hour-grid__hours">
              <th scope="row" />
              {Array.from({ length: 24 }, (_, h) => (
                <td key={h}>{h % 6 === 0 ? String(h).padStart(2, '0') : ''}</td>
              ))}
            </tr>
          </tbody>
        </table>
      )}
      <p className="muted hour-grid__note" data-testid="profile-left-out">
        {formatCount(data.records)} with a time ({formatCount(data.windowed)} spread over their from–to
        window); left out: {formatCount(monthOnly)} month only, {formatCount(dayOnly)} day only
        {invalid > 0 && `, ${formatCount(invalid)} with a window ending before it starts`}. {data.timeZone}{' '}
        time.
      </p>
    </div>
  );
}
