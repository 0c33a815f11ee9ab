import { formatCount } from '../../../lib/format.ts';
import { PlaceLink } from './place-link.tsx';
import type { HotPlace } from '../api/hot-places.ts';

interface Props {
  places: readonly HotPlace[];
  /** Zooms the map to a place; the places are plain text without it. */
  onPlace?: (place: HotPlace) => void;
}

/** The busiest places inside a cell or area, each a button that zooms the map to it. */
export function TopPlaces({ places, onPlace }: Props) {
  if (places.length === 0) return <p className="muted">No place references here.</p>;
  return (
    <table className="top-places" data-testid="profile-top-places">
      <tbody>
        {places.map((p) => (
          <tr key={p.ref}>
            <td>
              <PlaceLink place={p} onPlace={onPlace} />
            </td>
            <td className="top-places__count">{formatCount(p.contacts)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
