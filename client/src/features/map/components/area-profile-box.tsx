import { useAreaProfile } from '../api/area-profile.ts';
import type { HotPlace } from '../api/hot-places.ts';
import { PlaceProfileView } from './place-profile-view.tsx';

interface Props {
  area: { layer: string; code: string; name: string } | null;
  filters: Record<string, string>;
  onPlace: (place: HotPlace) => void;
}

/** The clicked area's trend, category mix, hour x weekday and busiest places. */
export function AreaProfileBox({ area, filters, onPlace }: Props) {
  const profile = useAreaProfile(area, filters);
  if (!area) return null;
  return (
    <section className="side-box" aria-live="polite" data-testid="area-profile">
      <h2 className="side-box__title">Profile of {area.name}</h2>
      {profile.isError ? (
        <p className="muted">The area's profile could not be loaded.</p>
      ) : !profile.data ? (
        <p className="muted">Loading the area's profile…</p>
      ) : (
        <PlaceProfileView profile={profile.data} onPlace={onPlace} testId="area-profile-view" />
      )}
    </section>
  );
}
