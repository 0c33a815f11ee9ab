import type { PlaceProfile } from '../../../../../server/contract/hotspots.ts';
import { formatCount, formatMonth } from '../../../lib/format.ts';
import type { HotPlace } from '../api/hot-places.ts';
import { HourWeekdayGrid } from './hour-weekday-grid.tsx';
import { TopPlaces } from './top-places.tsx';

interface Props {
  profile: PlaceProfile;
  onPlace?: (place: HotPlace) => void;
  testId: string;
}

const [W, H] = [240, 48];

/** A cell's or area's contacts by month (bars), by category, by hour and weekday, and its busiest places. */
export function PlaceProfileView({ profile, onPlace, testId }: Props) {
  const { months, categories } = profile;
  const max = Math.max(1, ...months.map((m) => m.contacts));
  const step = W / Math.max(1, months.length);
  const first = months[0]?.month;
  const last = months.at(-1)?.month;
  return (
    <div className="cell-trend" data-testid={testId}>
      <p className="cell-trend__title">By month</p>
      <svg viewBox={`0 0 ${W} ${H}`} width="100%" height={H} role="img" aria-label="Contacts by month">
        {months.map((m, i) => {
          const h = (m.contacts / max) * (H - 2);
          return (
            <rect key={m.month} x={i * step + 1} y={H - h} width={step - 2} height={h} fill="#0072B2">
              <title>{`${formatMonth(m.month)}: ${formatCount(m.contacts)}`}</title>
            </rect>
          );
        })}
      </svg>
      {first && last && (
        <p className="cell-trend__axis muted">
          <span>{formatMonth(first)}</span>
          <span>most {formatCount(max)}</span>
          <span>{formatMonth(last)}</span>
        </p>
      )}
      <p className="cell-trend__title">By category</p>
      <ul className="cell-trend__categories" data-testid="profile-categories">
        {categories.map((c) => (
          <li key={c.category}>
            <span>{c.label}</span>
            <strong>{formatCount(c.contacts)}</strong>
          </li>
        ))}
      </ul>
      <p className="cell-trend__title">By hour and weekday</p>
      <HourWeekdayGrid data={profile.hourWeekday} />
      <p className="cell-trend__title">Busiest places</p>
      <TopPlaces places={profile.topPlaces} onPlace={onPlace} />
    </div>
  );
}
