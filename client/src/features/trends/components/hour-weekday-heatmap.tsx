import type { HourWeekday } from '../../../../../server/contract/trends.ts';
import { formatCount } from '../../../lib/format.ts';
import { heatColour, textOn } from '../heat-palette.ts';
import { HeatLegend } from './heat-legend.tsx';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const HOURS = Array.from({ length: 24 }, (_, h) => h);

function LeftOutNote({ data }: { data: HourWeekday }) {
  const { monthOnly, dayOnly, invalid } = data.leftOut;
  const total = monthOnly + dayOnly + invalid;
  return (
    <p className="left-out-note" data-testid="left-out-note" role="note">
      <strong>{formatCount(total)} records left out</strong> because their time of day is unknown:{' '}
      {formatCount(monthOnly)} give only the month, {formatCount(dayOnly)} only the day
      {invalid > 0 && `, and ${formatCount(invalid)} have a window that ends before it starts`}.{' '}
      {formatCount(data.records)} records are shown, {formatCount(data.windowed)} of them spread evenly over
      their from–to window (aoristic weighting). Hours are {data.timeZone} local time.
    </p>
  );
}

/** Contacts by hour of day (across) and day of week (down), with uncertain times spread over their window. */
export function HourWeekdayHeatmap({ data }: { data: HourWeekday }) {
  const max = Math.max(0, ...data.cells.flat());
  return (
    <>
      <LeftOutNote data={data} />
      <div className="table-scroll">
        <table className="heatmap" data-testid="heatmap">
          <caption className="visually-hidden">Weighted contacts by weekday and hour</caption>
          <thead>
            <tr>
              <th scope="col" />
              {HOURS.map((h) => (
                <th key={h} scope="col">
                  {String(h).padStart(2, '0')}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {data.cells.map((row, d) => (
              <tr key={DAYS[d]}>
                <th scope="row">{DAYS[d]}</th>
                {row.map((v, h) => {
                  const colour = heatColour(v, max);
                  return (
                    <td
                      key={h}
                      className="heatmap__cell"
                      style={{ background: colour, color: textOn(colour) }}
                      title={`${DAYS[d]} ${String(h).padStart(2, '0')}:00–${String(h).padStart(2, '0')}:59: ${v.toFixed(1)}`}
                    >
                      {Math.round(v)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <HeatLegend max={max} />
    </>
  );
}
